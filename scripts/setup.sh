#!/usr/bin/env bash
# Installs everything the site needs to build, serve and test, on a fresh
# Debian 12 machine with rustup and Node 20. Every step is skipped when its
# tool is already there, so running it again costs seconds. Sourced by the
# other scripts; also runnable on its own.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
TRUNK_VERSION=0.21.14
# Must equal the `wasm-bindgen = "=X"` pin in Cargo.toml (and Cargo.lock).
WASM_BINDGEN_VERSION="$(sed -n 's/^wasm-bindgen = "=\(.*\)"$/\1/p' "$ROOT/Cargo.toml")"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if ! trunk --version 2>/dev/null | grep -q "trunk $TRUNK_VERSION"; then
  log "installing trunk $TRUNK_VERSION (about 10 minutes, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -q "wasm-bindgen $WASM_BINDGEN_VERSION"; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Not --locked: its lock file names a dependency version the registry no longer serves.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# Splits the app's wasm at its split points (scripts/build-app.sh): the same
# splitter cargo-leptos runs, as a command.
WASM_SPLIT_VERSION=0.2.4
# (It has no --version: cargo's list of installed crates says which one is there.)
if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
  log "installing wasm_split_cli_support $WASM_SPLIT_VERSION (a few minutes, once)"
  cargo install wasm_split_cli_support --version "=$WASM_SPLIT_VERSION" --features build-binary --force
fi

# Debian's chromium for the browser tests; Debian's nginx, apache2 and openssl,
# which the tests start themselves on loopback ports as an ordinary user.
# A build-only machine (the publishing workflow) sets ITPO_BUILD_ONLY=1 and skips them.
# Firefox ESR and WebKitGTK (its WebDriver and MiniBrowser) with Xvfb for the cross-engine tests.
# Java for vnu-jar, the W3C Nu HTML Checker (tests/e2e/valid-html.test.mjs).
if [ "${ITPO_BUILD_ONLY:-}" != 1 ] && { [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ] || [ ! -x /usr/sbin/nginx ] || [ ! -x /usr/sbin/apache2 ] || ! command -v openssl >/dev/null \
  || [ ! -x /usr/bin/firefox-esr ] || [ ! -x /usr/bin/WebKitWebDriver ] || [ ! -x /usr/bin/Xvfb ] || ! command -v java >/dev/null; }; then
  log "installing Debian's chromium, chromium-driver, nginx, apache2, openssl, firefox-esr, webkit2gtk-driver, xvfb and a Java runtime (the W3C HTML checker)"
  SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  # Keep apt from starting nginx or apache2 as a system service: the tests never need one.
  blocked_services=""
  if [ ! -e /usr/sbin/policy-rc.d ]; then
    printf '#!/bin/sh\nexit 101\n' | $SUDO tee /usr/sbin/policy-rc.d >/dev/null
    $SUDO chmod +x /usr/sbin/policy-rc.d
    blocked_services=1
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver nginx apache2 openssl \
    firefox-esr webkit2gtk-driver xvfb default-jre-headless >/dev/null
  if [ -n "$blocked_services" ]; then $SUDO rm -f /usr/sbin/policy-rc.d; fi
fi

# geckodriver drives Firefox ESR over WebDriver (tests/e2e/engines.mjs); Debian does not package it.
GECKODRIVER_VERSION=0.37.1
# Its version is read whole first: it prints several lines, and `grep -q` stopping at the first
# would end it with SIGPIPE, which pipefail counts as "not installed" (it was reinstalled every run).
if [ "${ITPO_BUILD_ONLY:-}" != 1 ] && [[ "$(geckodriver --version 2>/dev/null || true)" != "geckodriver $GECKODRIVER_VERSION"* ]]; then
  log "installing geckodriver $GECKODRIVER_VERSION (a few minutes, once)"
  cargo install geckodriver --version "=$GECKODRIVER_VERSION" --locked --force
fi

# npm: wasm-opt (binaryen), terser, playwright-core, selenium-webdriver, axe-core, lighthouse,
# vnu-jar (its postinstall finds Debian's Java, installed above, and downloads nothing). No browser download.
if [ ! -f "$ROOT/node_modules/.package-lock.json" ] || [ "$ROOT/package-lock.json" -nt "$ROOT/node_modules/.package-lock.json" ]; then
  log "installing npm packages"
  (cd "$ROOT" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error)
fi
