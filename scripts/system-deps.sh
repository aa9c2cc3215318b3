#!/usr/bin/env bash
# System packages the browser tests need: Debian's Chromium (Playwright drives it; it cannot
# download its own browser here). Installs only when missing and when we may (root + apt).
# Browser tests skip with a message when Chromium is still absent.
set -u
if command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; then exit 0; fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing Debian chromium for the browser tests ..."
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "could not install chromium; browser tests will skip"
else
  echo "chromium not found and cannot install it here; browser tests will skip"
fi
