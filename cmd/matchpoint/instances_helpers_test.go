package main

import (
	"bufio"
	"context"
	"io"
	"net"
	"os"
	"os/exec"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/emersion/go-smtp"
)

// envServeArgs makes the test binary, started again by startProcess, run
// `matchpoint` with these arguments (separated by newlines) instead of the
// tests: an instance in a process of its own, which the test can kill.
const envServeArgs = "MATCHPOINT_TEST_PROCESS_ARGS"

func TestMain(m *testing.M) {
	if args := os.Getenv(envServeArgs); args != "" {
		err := run(context.Background(), strings.Split(args, "\n"), os.Stdout, os.Stderr)
		if err != nil {
			os.Stderr.WriteString("matchpoint: " + err.Error() + "\n")
			os.Exit(1)
		}
		os.Exit(0)
	}
	os.Exit(m.Run())
}

// process is a `matchpoint serve` in a process of its own.
type process struct {
	cmd  *exec.Cmd
	URL  string
	done chan error
}

// startProcess starts `matchpoint serve args…` as a process of its own and
// waits until it serves; the test ends it (SIGKILL) if it still runs.
func startProcess(t *testing.T, args ...string) *process {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), envServeArgs+"="+strings.Join(append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), "\n"))
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var stderr strings.Builder
	var mu sync.Mutex
	cmd.Stderr = writerFunc(func(p []byte) (int, error) { mu.Lock(); defer mu.Unlock(); return stderr.Write(p) })
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	p := &process{cmd: cmd, done: make(chan error, 1)}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-p.done
		if t.Failed() {
			mu.Lock()
			t.Logf("process stderr:\n%s", stderr.String())
			mu.Unlock()
		}
	})
	ready := make(chan string, 1)
	go func() {
		sc := bufio.NewScanner(stdout)
		url := ""
		for sc.Scan() {
			line := sc.Text()
			if rest, ok := strings.CutPrefix(line, "Matchpoint is running on "); ok {
				url = strings.Fields(rest)[0]
			}
			if url != "" && strings.HasPrefix(line, "Press Ctrl+C") {
				ready <- url
				break
			}
		}
		close(ready)
		_, _ = io.Copy(io.Discard, stdout)
		p.done <- cmd.Wait()
	}()
	select {
	case url, ok := <-ready:
		if !ok {
			t.Fatalf("the process ended before it served")
		}
		p.URL = url
	case <-time.After(90 * time.Second):
		t.Fatal("the process did not start serving in 90 s")
	}
	return p
}

// Kill ends the process at once, as a crash or `kill -9` would: no
// shutdown, no claims handed back.
func (p *process) Kill(t *testing.T) {
	t.Helper()
	if err := p.cmd.Process.Signal(syscall.SIGKILL); err != nil {
		t.Fatal(err)
	}
	<-p.done
	p.done <- nil // for the cleanup
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// stallingSMTP is an SMTP server that keeps what it receives and, while
// stalled, holds every session at MAIL FROM: a delivery is then under way
// (its mail claimed) but nothing was handed over yet.
type stallingSMTP struct {
	addr string
	mu   sync.Mutex
	gate chan struct{} // closed: go on
	held int           // sessions waiting at the gate now
	got  map[string]int
}

func newStallingSMTP(t *testing.T) *stallingSMTP {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &stallingSMTP{addr: ln.Addr().String(), gate: make(chan struct{}), got: map[string]int{}}
	close(s.gate)
	srv := smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &stallSession{s: s}, nil }))
	srv.Domain = "stall.local"
	srv.AllowInsecureAuth = true
	go srv.Serve(ln) //nolint:errcheck // ends with Close
	t.Cleanup(func() { srv.Close() })
	return s
}

func (s *stallingSMTP) URL() string {
	return "smtp://" + s.addr + "?from=noreply@matchpoint.test&tls=none"
}

// Stall holds new sessions at MAIL FROM until Release.
func (s *stallingSMTP) Stall() { s.mu.Lock(); s.gate = make(chan struct{}); s.mu.Unlock() }

// Release lets the held sessions go on.
func (s *stallingSMTP) Release() { s.mu.Lock(); close(s.gate); s.mu.Unlock() }

// Held is how many sessions wait at the gate.
func (s *stallingSMTP) Held() int { s.mu.Lock(); defer s.mu.Unlock(); return s.held }

// Received is how many mails each recipient got.
func (s *stallingSMTP) Received(to string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.got[strings.ToLower(to)]
}

type stallSession struct {
	s  *stallingSMTP
	to []string
}

func (x *stallSession) Mail(string, *smtp.MailOptions) error {
	x.s.mu.Lock()
	gate := x.s.gate
	x.s.held++
	x.s.mu.Unlock()
	<-gate
	x.s.mu.Lock()
	x.s.held--
	x.s.mu.Unlock()
	return nil
}

func (x *stallSession) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.to = append(x.to, to)
	return nil
}

func (x *stallSession) Data(r io.Reader) error {
	if _, err := io.ReadAll(r); err != nil {
		return err
	}
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	for _, to := range x.to {
		x.s.got[strings.ToLower(to)]++
	}
	return nil
}

func (x *stallSession) Reset()        { x.to = nil }
func (x *stallSession) Logout() error { return nil }
