//! `itpo-dev`: what the README's serve command and the browser tests run.
//! `itpo-dev --help` lists the commands and options (see `HELP`).
//!
//! Each listener prints `listening on http://127.0.0.1:PORT` once bound, so
//! callers can ask for port 0 and read the port the system chose.

mod endpoint;
mod http;
mod plain;
mod static_files;
mod submission;

use std::{
    collections::HashMap, net::TcpListener, path::PathBuf, process::exit, sync::Arc, thread,
};

const HELP: &str = "\
itpo-dev: the ITPO site's local static server and join endpoint.

usage:
  itpo-dev serve --dir DIST [--overlay DIR] [--port N] [--fallback 404|spa] [--gzip] [--headers]
      Serves a built site like a plain static host: a folder's index.html, a
      redirect from /folder to /folder/, and for misses 404.html with status 404
      (or index.html with 200: --fallback spa). Files in --overlay win over DIST.
      --headers applies the site's _headers file; --gzip compresses when asked.
  itpo-dev endpoint [--port N] [--out FILE] [--site-origin ORIGIN] [--honeypot FIELD] [--test-control]
      The join endpoint: CORS, validation, one JSON line per submission in FILE
      (default .dev/submissions.jsonl), on disk before it answers, repeated
      submission_ids dropped; a line a crash left half-written is moved to
      FILE.torn. A plain HTML send (Accept: text/html) is answered with HTML: a
      303 to its `redirect` or `_next` field when that URL is on ORIGIN (e.g.
      http://127.0.0.1:8080), else a thank-you page; a refused one, with a page
      naming each problem. With ORIGIN, only pages on it may read the answers
      (CORS). A send whose FIELD (default _gotcha) is filled in is refused.
      --test-control adds the routes the browser tests script it with
      (/__control, /__reset, /__received, /__stored); never use it in production.
  itpo-dev dev --dir DIST [--overlay DIR] --port N --endpoint-port M --out FILE
      Both at once, for the README's serve command.
  itpo-dev --help
      This text.

options common to all: --host ADDR (default 127.0.0.1). Port 0 picks a free port;
each listener prints 'listening on http://ADDR:PORT' once bound.
";

fn main() {
    let mut args = std::env::args().skip(1);
    let command = args.next().unwrap_or_default();
    if matches!(command.as_str(), "--help" | "-h" | "help") {
        print!("{HELP}");
        return;
    }
    let opts = Options::parse(args);
    if opts.get("help").is_some() {
        print!("{HELP}");
        return;
    }
    match command.as_str() {
        "serve" => serve(&opts, false),
        "endpoint" => run_endpoint(&opts, "port"),
        "dev" => {
            let mut endpoint_opts = opts.clone();
            // Plain sends are sent on to the site this command serves.
            if endpoint_opts.get("site-origin").is_none() {
                let host = opts.get("host").unwrap_or("127.0.0.1");
                let port = opts.get("port").unwrap_or("0");
                endpoint_opts
                    .0
                    .insert("site-origin".into(), format!("http://{host}:{port}"));
            }
            thread::spawn(move || run_endpoint(&endpoint_opts, "endpoint-port"));
            serve(&opts, true);
        }
        _ => {
            eprint!("itpo-dev: unknown command {command:?}\n\n{HELP}");
            exit(2);
        }
    }
}

#[derive(Clone, Default)]
struct Options(HashMap<String, String>);

impl Options {
    fn parse(args: impl Iterator<Item = String>) -> Self {
        let mut map = HashMap::new();
        let mut args = args.peekable();
        while let Some(arg) = args.next() {
            let Some(key) = arg.strip_prefix("--") else {
                eprintln!("unexpected argument {arg:?}");
                exit(2);
            };
            let value = match args.peek() {
                Some(v) if !v.starts_with("--") => args.next().unwrap(),
                _ => "true".to_string(),
            };
            map.insert(key.to_string(), value);
        }
        Options(map)
    }

    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).map(String::as_str)
    }

    fn listener(&self, key: &str) -> TcpListener {
        let host = self.get("host").unwrap_or("127.0.0.1");
        let port = self.get(key).unwrap_or("0");
        let listener = TcpListener::bind(format!("{host}:{port}")).unwrap_or_else(|e| {
            eprintln!("cannot listen on {host}:{port}: {e}");
            exit(1);
        });
        let addr = listener.local_addr().expect("bound address");
        println!("listening on http://{addr}");
        listener
    }
}

fn serve(opts: &Options, dev: bool) {
    let site = Arc::new(static_files::Site {
        root: PathBuf::from(opts.get("dir").unwrap_or("dist")),
        overlay: opts.get("overlay").map(PathBuf::from),
        spa_fallback: opts.get("fallback") == Some("spa"),
        gzip: opts.get("gzip").is_some(),
        apply_headers: opts.get("headers").is_some(),
    });
    let listener = opts.listener("port");
    if dev {
        println!("ITPO site: open the address above; join submissions are written to the endpoint's file.");
    }
    http::serve(listener, move |req| site.respond(req));
}

fn run_endpoint(opts: &Options, port_key: &str) {
    let out = PathBuf::from(opts.get("out").unwrap_or(".dev/submissions.jsonl"));
    let test_control = opts.get("test-control").is_some();
    let site_origin = opts.get("site-origin").map(str::to_string);
    let honeypot = opts.get("honeypot").unwrap_or("_gotcha").to_string();
    let state = Arc::new(endpoint::Endpoint::open(
        out,
        test_control,
        site_origin,
        honeypot,
    ));
    let listener = opts.listener(port_key);
    http::serve(listener, move |req| state.respond(req));
}
