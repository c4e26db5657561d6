package main

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"time"
)

// process is a server the harness started: matchpoint or the reference.
type process struct {
	name string
	cmd  *exec.Cmd
	url  string
	log  *bytes.Buffer
	done chan struct{}
}

// startServer starts `matchpoint serve` on the benchmark's database.
func startServer(ctx context.Context, cfg config, bin string) (*process, error) {
	args := append([]string{"serve", "--demo=false"}, dbArgs(cfg)...)
	return startProcess(ctx, "matchpoint", bin, args)
}

// startProcess runs bin with args and --addr on a free port, and waits
// until it answers /healthz.
func startProcess(ctx context.Context, name, bin string, args []string) (*process, error) {
	addr, err := freeAddr()
	if err != nil {
		return nil, err
	}
	args = append(args, "--addr", addr)
	p := &process{name: name, url: "http://" + addr, log: &bytes.Buffer{}, done: make(chan struct{})}
	p.cmd = exec.CommandContext(ctx, bin, args...)
	p.cmd.Stdout, p.cmd.Stderr = &lockedWriter{w: p.log}, &lockedWriter{w: p.log}
	p.cmd.Cancel = func() error { return p.cmd.Process.Signal(syscall.SIGTERM) }
	p.cmd.WaitDelay = 15 * time.Second
	if err := p.cmd.Start(); err != nil {
		return nil, fmt.Errorf("start %s: %w", name, err)
	}
	go func() { _ = p.cmd.Wait(); close(p.done) }()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		select {
		case <-p.done:
			return nil, fmt.Errorf("%s exited at start:\n%s", name, p.log.String())
		case <-ctx.Done():
			p.stop()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
		res, err := http.Get(p.url + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				return p, nil
			}
		}
		if time.Now().After(deadline) {
			p.stop()
			return nil, fmt.Errorf("%s did not answer /healthz within 2 minutes:\n%s", name, p.log.String())
		}
	}
}

func (p *process) pid() int { return p.cmd.Process.Pid }

// stop ends the process with SIGTERM and waits for it.
func (p *process) stop() {
	select {
	case <-p.done:
		return
	default:
	}
	_ = p.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-p.done:
	case <-time.After(15 * time.Second):
		_ = p.cmd.Process.Kill()
		<-p.done
	}
}

// freeAddr finds a free loopback port.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", fmt.Errorf("find a free port: %w", err)
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

type lockedWriter struct {
	mu sync.Mutex
	w  *bytes.Buffer
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.w.Len() > 1<<20 { // keep the last part of a chatty log only
		l.w.Reset()
	}
	return l.w.Write(b)
}

// rss reads a process's resident set size in bytes from /proc.
func rss(pid int) int64 {
	f, err := os.Open("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var kb int64
		if _, err := fmt.Sscanf(sc.Text(), "VmRSS: %d kB", &kb); err == nil {
			return kb << 10
		}
	}
	return 0
}

// sampleRSS samples pid's RSS every 50 ms until the returned function is
// called, which stops the sampling and returns the peak.
func sampleRSS(pid int) func() int64 {
	stop := make(chan struct{})
	res := make(chan int64, 1)
	go func() {
		var peak int64
		t := time.NewTicker(50 * time.Millisecond)
		defer t.Stop()
		for {
			peak = max(peak, rss(pid))
			select {
			case <-stop:
				res <- max(peak, rss(pid))
				return
			case <-t.C:
			}
		}
	}()
	return func() int64 { close(stop); return <-res }
}

// cpuTicks is the user and system CPU time of pid in clock ticks.
func cpuTicks(pid int) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return 0
	}
	// The command name may hold spaces; the fields after it are fixed.
	s := string(b)
	if i := strings.LastIndexByte(s, ')'); i >= 0 {
		s = s[i+1:]
	}
	f := strings.Fields(s)
	if len(f) < 13 {
		return 0
	}
	u, _ := strconv.ParseInt(f[11], 10, 64)
	k, _ := strconv.ParseInt(f[12], 10, 64)
	return u + k
}

// quiesce waits until pid has used less than a tenth of a core for a
// quarter of a second: requests cut off at the end of a page may still be
// running, and must not count for the next page. It returns how long it
// waited (at most two minutes).
func quiesce(ctx context.Context, pid int) time.Duration {
	start := time.Now()
	for time.Since(start) < 2*time.Minute && ctx.Err() == nil {
		before := cpuTicks(pid)
		time.Sleep(250 * time.Millisecond)
		if cpuTicks(pid)-before <= 2 {
			break
		}
	}
	return time.Since(start)
}
