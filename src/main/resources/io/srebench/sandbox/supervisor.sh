# srebench session supervisor: runs inside one long-lived bwrap container per sandbox session and
# executes the session's commands one at a time (see SandboxSession.java for the host side).
#
# Runs as root inside the container with only CAP_SETUID and CAP_SETGID (and no_new_privs); every
# command runs as the session's unprivileged uid. /proc is mounted hidepid=invisible,gid=0, so a
# command sees only its own uid's processes, never this supervisor.
#
# Arguments: uid maxProcesses maxMemoryKiB maxFileKiB
# Request on stdin:  "<nonce> <cpuSeconds> <byteLength>\n" followed by exactly byteLength bytes of command.
# Reply after every process of the command is gone and /tmp and SysV IPC are empty again:
#   stdout: "<nonce> <exitStatus>\n"   stderr: "<nonce>\n"
# The nonce is random per command and never visible to the command, so it cannot forge the end of a reply.
LC_ALL=C # not exported: read -N counts bytes
uid=$1 nproc=$2 vmem=$3 fsize=$4
drop=(/usr/bin/setpriv "--reuid=$uid" "--regid=$uid" --clear-groups --inh-caps=-all --)
# The command's stderr is kept on fd 4; the supervisor's own diagnostics go nowhere.
exec 4>&2 2>/dev/null

# Whether a process other than the container's init and this supervisor still runs (zombies do not count).
leftovers() {
    local p s
    for p in /proc/[0-9]*; do
        p=${p#/proc/}
        [[ $p == 1 || $p == "$BASHPID" ]] && continue
        IFS= read -r s <"/proc/$p/stat" || continue
        s=${s##*) }
        [[ ${s:0:1} == Z ]] && continue
        return 0
    done
    return 1
}

# Restores the state every command starts from: nothing running, empty /tmp, no SysV IPC objects.
# If processes of the command cannot be got rid of, the supervisor exits: the host then kills the
# whole container (and its pid namespace) and starts a new one.
reset() {
    local kills=0 spins=0 f
    while leftovers; do
        if ((spins == 0)); then
            ((kills++ >= 20)) && exit 1
            # kill(-1) as the session uid reaches every process of the command, in nested namespaces too;
            # the kernel sends it atomically with respect to fork, so a fork bomb cannot outrun it.
            "${drop[@]}" /bin/bash -c 'kill -KILL -1' </dev/null
            spins=5000 # killed processes need a moment to exit: look again before killing again
        fi
        spins=$((spins - 1))
    done
    f=(/tmp/* /tmp/.[!.]* /tmp/..?*)
    if ((${#f[@]})); then
        "${drop[@]}" /bin/bash -c 'chmod -R u+rwx /tmp; rm -rf /tmp/* /tmp/.[!.]* /tmp/..?*' </dev/null >/dev/null
    fi
    for f in /proc/sysvipc/shm /proc/sysvipc/sem /proc/sysvipc/msg; do
        if { read -r _ && read -r _; } <"$f"; then
            "${drop[@]}" /usr/bin/ipcrm --all </dev/null >/dev/null
            break
        fi
    done
}

shopt -s nullglob dotglob
while read -r nonce cpu len; do
    cmd=
    if ((len > 0)); then
        IFS= read -r -N "$len" cmd || exit 1
    fi
    (
        exec </dev/null 2>&4 4>&-
        ulimit -c 0 -u "$nproc" -v "$vmem" -f "$fsize" -t "$cpu" || exit 126
        exec "${drop[@]}" /bin/bash -c "$cmd"
    ) &
    wait "$!"
    rc=$?
    reset
    printf '%s %d\n' "$nonce" "$rc"
    printf '%s\n' "$nonce" >&4
done
