#!/usr/bin/env bash
# scripts/with-test-postgres, the test harness's private PostgreSQL (issue 17):
#   1. another server on the first port does not stop it: it moves on to a free port;
#   2. TONGBAN_TEST_PG_PORT still wins, and when that port is taken the server's own log is printed;
#   3. a cluster left behind by a killed run (SIGKILL to the whole process group, so no clean-up
#      ran) is found, stopped and removed by the next run;
#   4. (issue 12) connections over TCP need the owner's password, which TONGBAN_TEST_PG carries: a
#      wrong one is refused; the server speaks TLS with a certificate for localhost signed by the CA
#      of TONGBAN_TEST_PG_CA (sslmode=verify-full passes, pg_stat_ssl says ssl), and another CA is
#      refused.
# Waits on fifos, never on sleeps. Usage: testwithtestpostgres.sh SOURCE_DIR
set -euo pipefail
wrapper="$1/scripts/with-test-postgres"

unavailable() {
    if [ "${CI:-}" = "true" ]; then echo "FAIL: $1, and CI=true" >&2; exit 1; fi
    echo "SKIP: $1"
    exit 77
}
ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1 || unavailable "no PostgreSQL server installed"
command -v setsid >/dev/null || unavailable "setsid (util-linux) not found"

# A private state folder: the clusters of this test are reaped here only, never another run's.
work="$(mktemp -d)"
chmod 755 "$work"
export TMPDIR="$work"
unset TONGBAN_TEST_PG TONGBAN_TEST_PG_PORT TONGBAN_TEST_PG_PORT_FROM TONGBAN_TEST_PG_DIR TONGBAN_TEST_PG_CA
trap 'rm -rf "$work"' EXIT

failures=0
check() { # check DESCRIPTION COMMAND...: counts a failure unless COMMAND succeeds
    local description="$1"
    shift
    if "$@"; then echo "PASS: $description"; else echo "FAIL: $description"; failures=$((failures + 1)); fi
}

# 1 and 2: checks run while a first cluster holds its port.
cat >"$work/while-held.sh" <<'INNER'
set -u
wrapper="$1"
held="${TONGBAN_TEST_PG##*port=}"
held="${held%% *}"
echo "held port: $held"
second="$(TONGBAN_TEST_PG_PORT_FROM="$held" "$wrapper" printenv TONGBAN_TEST_PG)" || { echo "second run failed"; exit 10; }
second_port="${second##*port=}"; second_port="${second_port%% *}"
echo "second run's port: $second_port"
[ -n "$second_port" ] && [ "$second_port" != "$held" ] || exit 11
output="$(TONGBAN_TEST_PG_PORT="$held" CI=true "$wrapper" true 2>&1)" && { echo "a taken TONGBAN_TEST_PG_PORT was not refused"; exit 12; }
grep -qE 'could not bind|Address already in use|could not create any TCP/IP sockets' <<<"$output" ||
    { echo "the server's log was not printed:"; echo "$output"; exit 13; }
exit 0
INNER
status=0
"$wrapper" bash "$work/while-held.sh" "$wrapper" || status=$?
check "a taken first port is passed over; a taken TONGBAN_TEST_PG_PORT fails with the server's log (status $status)" \
    test $status -eq 0
check "the clusters of a finished run are removed" bash -c "! ls -d '$work'/tongban-pg.* 2>/dev/null"

# 3: a run killed while its command runs.
mkfifo "$work/started" "$work/never"
setsid "$wrapper" bash -c 'echo "$TONGBAN_TEST_PG_DIR" >"$1"; read -r _ <"$2"' _ "$work/started" "$work/never" \
    >"$work/killed.log" 2>&1 &
group=$!
read -r cluster <"$work/started"
postmaster="$(head -n 1 "$cluster/data/postmaster.pid")"
kill -KILL -- "-$group"
wait "$group" 2>/dev/null || true
check "the killed run left its cluster running" kill -0 "$postmaster"

output="$("$wrapper" true 2>&1)"
echo "$output"
check "the next run says it removes the abandoned cluster" grep -q "left behind by a killed run: $cluster" <<<"$output"
check "the abandoned cluster's folder is gone" test ! -e "$cluster"
# pg_ctl stop returns once the server removed its pid file, a moment before the process ends: wait
# (bounded) for it to be gone or a zombie that nobody has reaped yet.
server_gone() {
    local deadline=$((SECONDS + 20)) state
    while [ $SECONDS -lt $deadline ]; do
        state="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || echo gone)"
        [ "$state" = gone ] || [ "$state" = Z ] && return 0
        sleep 0.1
    done
    return 1
}
check "the abandoned cluster's server is stopped" server_gone "$postmaster"

# 4: password and TLS, checked with psql inside a run.
cat >"$work/auth.sh" <<'INNER'
set -u
export PGCONNECT_TIMEOUT=10
q() { psql "$1" -XAtqc "$2"; }
case "$TONGBAN_TEST_PG" in *password=*) ;; *) echo "TONGBAN_TEST_PG has no password: $TONGBAN_TEST_PG"; exit 20 ;; esac
[ "$(q "$TONGBAN_TEST_PG" 'SELECT 1')" = 1 ] || { echo "TONGBAN_TEST_PG does not connect"; exit 21; }
[ "$(q "$TONGBAN_TEST_PG" "SELECT auth_method FROM pg_hba_file_rules WHERE type = 'host' LIMIT 1")" = scram-sha-256 ] ||
    { echo "host connections do not use scram-sha-256"; exit 22; }
q "$TONGBAN_TEST_PG password=not-the-password" 'SELECT 1' 2>"$TMPDIR/wrong.err" && { echo "a wrong password was accepted"; exit 23; }
grep -q 'password authentication failed' "$TMPDIR/wrong.err" || { cat "$TMPDIR/wrong.err"; exit 24; }
[ -f "${TONGBAN_TEST_PG_CA:-}" ] || { echo "TONGBAN_TEST_PG_CA is not a file: '${TONGBAN_TEST_PG_CA:-}'"; exit 25; }
[ "$(q "$TONGBAN_TEST_PG host=localhost sslmode=verify-full sslrootcert=$TONGBAN_TEST_PG_CA" \
    'SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()')" = t ] || { echo "verify-full with the test CA failed"; exit 26; }
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj "/CN=Another CA" -keyout "$TMPDIR/other.key" \
    -out "$TMPDIR/other.crt" >/dev/null 2>&1 || exit 27
q "$TONGBAN_TEST_PG host=localhost sslmode=verify-full sslrootcert=$TMPDIR/other.crt" 'SELECT 1' 2>"$TMPDIR/ca.err" &&
    { echo "another CA was accepted"; exit 28; }
grep -q 'certificate verify failed' "$TMPDIR/ca.err" || { cat "$TMPDIR/ca.err"; exit 29; }
echo "$TONGBAN_TEST_PG_CA" >"$TMPDIR/ca-path"
exit 0
INNER
status=0
"$wrapper" bash "$work/auth.sh" || status=$?
check "TCP needs the password of TONGBAN_TEST_PG (scram-sha-256); TLS verify-full with TONGBAN_TEST_PG_CA, another CA refused (status $status)" \
    test $status -eq 0
check "the run's certificates are removed with its cluster" bash -c "! test -e \"\$(cat '$work/ca-path')\""

[ $failures -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
