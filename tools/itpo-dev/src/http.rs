//! A deliberately small HTTP/1.1 server on std: one thread per connection,
//! one request per connection. Small enough to let the tests do what real
//! networks do to a form (answer late, or hang up without answering), and
//! bounded everywhere a client could make it hold on: the size of the head
//! and of the body, the number of open connections (in all and per client
//! address, so a few slow clients cannot take every slot), and the time one
//! connection may take to send its head and its whole request. No header it
//! writes can carry a control character, whatever a handler puts in it.

use std::{
    collections::HashMap,
    io::{self, BufRead, BufReader, Read, Write},
    net::{IpAddr, Shutdown, TcpListener, TcpStream},
    sync::{Arc, Mutex},
    thread,
    time::{Duration, Instant},
};

/// Request line and headers together.
pub const MAX_HEAD_BYTES: usize = 16 * 1024;
pub const MAX_HEADERS: usize = 100;
/// A join submission is a few kilobytes; anything near this is not one.
pub const MAX_BODY_BYTES: usize = 1 << 20;
pub const MAX_CONNECTIONS: usize = 128;
/// Open connections from one client address: a browser opens at most six
/// to a host, so this leaves room for several tabs and still keeps one
/// address from holding every slot.
pub const MAX_CONNECTIONS_PER_CLIENT: usize = 24;
/// The request line and headers must arrive within this.
pub const HEAD_DEADLINE: Duration = Duration::from_secs(5);
/// The whole request (head and body) must arrive within this.
pub const REQUEST_DEADLINE: Duration = Duration::from_secs(10);
const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

pub struct Request {
    pub method: String,
    /// The path without the query string, still percent-encoded.
    pub path: String,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Request {
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(k, _)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

pub enum Reply {
    Send(Response),
    /// Keep the connection open this long, then close it without a word.
    Hang(Duration),
    /// Close the connection at once without answering.
    Drop,
}

pub struct Response {
    pub status: u16,
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Response {
    pub fn new(status: u16, content_type: &str, body: impl Into<Vec<u8>>) -> Self {
        Response {
            status,
            headers: vec![("Content-Type".into(), content_type.into())],
            body: body.into(),
        }
    }

    pub fn json(status: u16, value: &serde_json::Value) -> Self {
        Response::new(status, "application/json", value.to_string())
    }

    pub fn with_header(mut self, name: &str, value: &str) -> Self {
        self.headers.push((name.into(), value.into()));
        self
    }
}

/// Why a request was not read: answered with this status, then closed.
#[derive(Debug)]
enum Refused {
    Status(u16, &'static str),
    /// The client went away or was too slow: nothing to answer.
    Gone,
}

impl From<io::Error> for Refused {
    fn from(_: io::Error) -> Self {
        Refused::Gone
    }
}

pub fn serve(listener: TcpListener, handler: impl Fn(&Request) -> Reply + Send + Sync + 'static) {
    let handler = Arc::new(handler);
    let slots = Arc::new(Slots::default());
    for stream in listener.incoming().flatten() {
        let Some(guard) = Slots::take(&slots, stream.peer_addr().ok().map(|a| a.ip())) else {
            busy(stream);
            continue;
        };
        let handler = handler.clone();
        // A thread that cannot be started costs this connection, never the server.
        let spawned = thread::Builder::new().spawn(move || {
            let _guard = guard;
            let _ = handle(stream, &*handler);
        });
        if let Err(e) = spawned {
            eprintln!("itpo-dev: cannot start a thread for a connection: {e}");
        }
    }
}

/// The open connections per client address (their sum is the total).
#[derive(Default)]
struct Slots {
    per_client: Mutex<HashMap<Option<IpAddr>, usize>>,
}

impl Slots {
    /// A slot for a new connection from `client`, or `None` when the server
    /// or that address has as many open as it may.
    fn take(slots: &Arc<Slots>, client: Option<IpAddr>) -> Option<OpenConnection> {
        let mut per_client = slots.per_client.lock().unwrap_or_else(|e| e.into_inner());
        let open: usize = per_client.values().sum();
        let mine = per_client.get(&client).copied().unwrap_or(0);
        if mine >= MAX_CONNECTIONS_PER_CLIENT || open >= MAX_CONNECTIONS {
            return None;
        }
        per_client.insert(client, mine + 1);
        Some(OpenConnection {
            slots: slots.clone(),
            client,
        })
    }
}

/// Counts a connection as open until dropped, whichever thread drops it.
struct OpenConnection {
    slots: Arc<Slots>,
    client: Option<IpAddr>,
}

impl Drop for OpenConnection {
    fn drop(&mut self) {
        let mut per_client = self
            .slots
            .per_client
            .lock()
            .unwrap_or_else(|e| e.into_inner());
        if let Some(n) = per_client.get_mut(&self.client) {
            *n -= 1;
            if *n == 0 {
                per_client.remove(&self.client);
            }
        }
    }
}

fn busy(mut stream: TcpStream) {
    let _ = stream.set_write_timeout(Some(Duration::from_secs(1)));
    let _ = stream.write_all(
        b"HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\nContent-Length: 0\r\nConnection: close\r\n\r\n",
    );
}

fn handle(stream: TcpStream, handler: &dyn Fn(&Request) -> Reply) -> io::Result<()> {
    stream.set_write_timeout(Some(WRITE_TIMEOUT))?;
    let started = Instant::now();
    let mut reader = BufReader::new(Deadline {
        stream: stream.try_clone()?,
        until: started + HEAD_DEADLINE,
    });
    let mut out = stream;
    let req = match read_request(&mut reader, started + REQUEST_DEADLINE) {
        Ok(Some(req)) => req,
        Ok(None) | Err(Refused::Gone) => return Ok(()),
        Err(Refused::Status(status, why)) => {
            let req = Request {
                method: "GET".into(),
                path: "/".into(),
                headers: vec![],
                body: vec![],
            };
            write_response(&mut out, &req, Response::new(status, "text/plain", why))?;
            // Closing with unread bytes would reset the connection and lose the
            // answer: say we are done, then drain (briefly, boundedly) what is still coming.
            out.shutdown(Shutdown::Write)?;
            let mut rest = Deadline {
                stream: out,
                until: Instant::now() + Duration::from_secs(2),
            }
            .take(4 * MAX_BODY_BYTES as u64);
            let _ = io::copy(&mut rest, &mut io::sink());
            return Ok(());
        }
    };
    match handler(&req) {
        Reply::Send(resp) => write_response(&mut out, &req, resp),
        Reply::Hang(time) => {
            thread::sleep(time);
            Ok(())
        }
        Reply::Drop => out.shutdown(Shutdown::Both),
    }
}

/// A reader that gives up once its deadline has passed, however slowly the
/// bytes trickle in (a per-read timeout alone never ends a drip-feed).
struct Deadline {
    stream: TcpStream,
    until: Instant,
}

impl Read for Deadline {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let left = self.until.saturating_duration_since(Instant::now());
        if left.is_zero() {
            return Err(io::ErrorKind::TimedOut.into());
        }
        self.stream.set_read_timeout(Some(left))?;
        self.stream.read(buf)
    }
}

/// One line of the head, refusing to read past what is left of its budget.
fn head_line(reader: &mut impl BufRead, budget: &mut usize) -> Result<String, Refused> {
    let mut line = Vec::new();
    let limit = (*budget as u64) + 1;
    reader.take(limit).read_until(b'\n', &mut line)?;
    if line.len() > *budget {
        return Err(Refused::Status(431, "request head too large"));
    }
    *budget -= line.len();
    String::from_utf8(line).map_err(|_| Refused::Status(400, "request head is not UTF-8"))
}

/// Reads one request: its head within the head's deadline (the reader's
/// own), then its body by `body_until`.
fn read_request(
    reader: &mut BufReader<Deadline>,
    body_until: Instant,
) -> Result<Option<Request>, Refused> {
    let mut budget = MAX_HEAD_BYTES;
    let line = head_line(reader, &mut budget)?;
    if line.is_empty() {
        return Ok(None);
    }
    let mut parts = line.split_whitespace();
    let (Some(method), Some(target)) = (parts.next(), parts.next()) else {
        return Err(Refused::Status(400, "bad request line"));
    };
    let path = target.split(['?', '#']).next().unwrap_or("/").to_string();
    let method = method.to_string();
    let mut headers = Vec::new();
    loop {
        let h = head_line(reader, &mut budget)?;
        if h.is_empty() {
            return Err(Refused::Gone);
        }
        if h == "\r\n" || h == "\n" {
            break;
        }
        if headers.len() == MAX_HEADERS {
            return Err(Refused::Status(431, "too many headers"));
        }
        if let Some((k, v)) = h.split_once(':') {
            headers.push((k.trim().to_string(), v.trim().to_string()));
        }
    }
    let header = |name: &str| {
        headers
            .iter()
            .find(|(k, _): &&(String, String)| k.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    };
    if header("transfer-encoding").is_some() {
        return Err(Refused::Status(411, "send a Content-Length"));
    }
    // Exactly one Content-Length of digits only: two that differ (or a `+N`)
    // are how requests are smuggled past a proxy that reads them otherwise.
    let lengths: Vec<&str> = headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("content-length"))
        .map(|(_, v)| v.as_str())
        .collect();
    let length = match lengths[..] {
        [] => 0,
        [v] if !v.is_empty() && v.len() <= 12 && v.bytes().all(|b| b.is_ascii_digit()) => {
            v.parse::<usize>().unwrap_or(usize::MAX)
        }
        [_] => return Err(Refused::Status(400, "bad Content-Length")),
        _ => return Err(Refused::Status(400, "more than one Content-Length")),
    };
    if length > MAX_BODY_BYTES {
        return Err(Refused::Status(413, "request body too large"));
    }
    reader.get_mut().until = body_until;
    let mut body = vec![0; length];
    reader.read_exact(&mut body)?;
    Ok(Some(Request {
        method,
        path,
        headers,
        body,
    }))
}

fn write_response(stream: &mut TcpStream, req: &Request, resp: Response) -> io::Result<()> {
    let resp = match resp.headers.iter().find(|(k, v)| !header_safe(k, v)) {
        None => resp,
        Some((name, _)) => {
            // A handler's bug must never become a header of the handler's choosing.
            eprintln!("itpo-dev: refused to send header {name:?}: it holds a control character");
            Response::new(500, "text/plain; charset=utf-8", "internal error")
        }
    };
    let mut head = format!("HTTP/1.1 {} {}\r\n", resp.status, reason(resp.status));
    for (k, v) in &resp.headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str(&format!(
        "Content-Length: {}\r\nConnection: close\r\n\r\n",
        resp.body.len()
    ));
    stream.write_all(head.as_bytes())?;
    if req.method != "HEAD" {
        stream.write_all(&resp.body)?;
    }
    stream.flush()
}

/// Whether a header can be written as is: a name of token characters, and a
/// value with no control character (CR and LF above all, which would end the
/// header and start another of the sender's choosing).
pub fn header_safe(name: &str, value: &str) -> bool {
    let token = |b: u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b);
    !name.is_empty() && name.bytes().all(token) && !value.chars().any(|c| c.is_control())
}

fn reason(status: u16) -> &'static str {
    match status {
        200 => "OK",
        204 => "No Content",
        301 => "Moved Permanently",
        302 => "Found",
        303 => "See Other",
        307 => "Temporary Redirect",
        308 => "Permanent Redirect",
        304 => "Not Modified",
        400 => "Bad Request",
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        411 => "Length Required",
        413 => "Content Too Large",
        408 => "Request Timeout",
        422 => "Unprocessable Content",
        429 => "Too Many Requests",
        431 => "Request Header Fields Too Large",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        // The reason phrase may be empty (RFC 9112); clients read the code.
        _ => "",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_control_character_reaches_a_header() {
        assert!(header_safe(
            "Location",
            "http://127.0.0.1:4000/join/thanks/"
        ));
        assert!(header_safe("Content-Security-Policy", "default-src 'none'"));
        for value in [
            "a\r\nSet-Cookie: x=1",
            "a\nb",
            "a\rb",
            "a\0b",
            "a\u{7f}",
            "a\u{85}b",
        ] {
            assert!(!header_safe("Location", value), "{value:?}");
        }
        assert!(!header_safe("Bad Name", "x") && !header_safe("", "x") && !header_safe("A:B", "x"));
    }
}
