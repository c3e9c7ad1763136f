# Helpers shared by the test scripts (sourced, not run).

# The cargo target directory, wherever CARGO_TARGET_DIR or a cargo config puts it.
target_dir() {
  cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])'
}

# Installs Debian packages the tests need when a file they provide is missing: directly as root,
# through sudo otherwise; when neither works, says which packages to install and fails.
#   need_deb /usr/share/java/jna.jar libjna-java
need_deb() {
  local probe="$1"; shift
  [ -e "$probe" ] && return 0
  local run=""
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
      run="sudo"
    else
      echo "missing $probe: install the Debian packages '$*' (apt-get install $*) and run again" >&2
      return 1
    fi
  fi
  echo "installing Debian packages: $*"
  $run apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $run apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}
