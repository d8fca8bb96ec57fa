#!/usr/bin/env bash
# Runs every test of Fabrique: unit tests, Arquillian tests against the provisioned WildFly and
# browser tests in headless Chromium with axe-core. Installs Debian's chromium and chromium-driver
# first when they are missing. A browser test that cannot start fails the run.
set -euo pipefail
cd "$(dirname "$0")"

if ! command -v chromium >/dev/null 2>&1 || ! command -v chromedriver >/dev/null 2>&1; then
  echo "Installing Debian's chromium and chromium-driver for the browser tests…"
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi

exec ./mvnw -B verify "$@"
