package main

import (
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"time"
)

// build compiles the matchpoint binary into dir.
func build(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "matchpoint")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "./cmd/matchpoint")
	cmd.Stdout, cmd.Stderr = os.Stderr, os.Stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("build matchpoint (run from the repository root): %w", err)
	}
	return bin, nil
}

// freeAddr picks a free port on the loopback address.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// server is one incarnation of the matchpoint process.
type server struct {
	cmd     *exec.Cmd
	started time.Time // when the process was launched
	ready   time.Time // when /healthz first answered
}

// startServer launches matchpoint serve and waits until it answers.
func startServer(bin string, args []string, addr string, logFile *os.File) (*server, error) {
	cmd := exec.Command(bin, append([]string{"serve", "--addr", addr}, args...)...)
	cmd.Stdout, cmd.Stderr = logFile, logFile
	s := &server{cmd: cmd, started: time.Now()}
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	deadline := time.Now().Add(60 * time.Second)
	for time.Now().Before(deadline) {
		res, err := http.Get("http://" + addr + "/healthz")
		if err == nil {
			res.Body.Close()
			if res.StatusCode == http.StatusOK {
				s.ready = time.Now()
				return s, nil
			}
		}
		time.Sleep(20 * time.Millisecond)
	}
	s.kill()
	return nil, fmt.Errorf("matchpoint did not answer on %s within 60 s", addr)
}

// kill ends the process with SIGKILL, as a crash or an OOM kill would.
func (s *server) kill() {
	_ = s.cmd.Process.Kill()
	_ = s.cmd.Wait()
}
