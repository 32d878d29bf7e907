# Installs what building Minutes needs (a JDK 17 and Maven) when it is missing. Sourced by .ci/run
# and by the ./minutes launcher, so a fresh Debian/Ubuntu machine needs nothing done by hand.

need() { command -v "$1" >/dev/null 2>&1; }

apt_ready=""
apt_install() {
  local sudo=()
  if [ "$(id -u)" != 0 ]; then
    if need sudo; then sudo=(sudo); else
      echo "minutes: please install: $* (no root and no sudo to do it here)" >&2
      return 1
    fi
  fi
  if ! need apt-get; then
    echo "minutes: please install: $* (this script knows only apt-get)" >&2
    return 1
  fi
  if [ -z "$apt_ready" ]; then "${sudo[@]}" apt-get update -qq; apt_ready=1; fi
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "$@" >/dev/null
}

ensure_build_tools() {
  need java || apt_install openjdk-17-jdk-headless
  need mvn || apt_install maven
}
