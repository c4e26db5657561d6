// Command loadbench measures whole signed-in pages of Matchpoint under
// concurrent load, the way a recruiter, a candidate and a client contact
// meet them, against a bare reference server measured in the same run.
//
// It builds the matchpoint binary, builds (or reuses) a demo agency of N
// candidates, starts `matchpoint serve` on it, signs in as each demo
// audience, drives every list and dashboard page of the three surfaces and
// the pages issue 12 names with concurrent clients for a fixed time, and
// prints requests per second, p50, p99, errors, the server's peak RSS and
// the ratio to the reference for each page:
//
//	go run ./cmd/loadbench -candidates 1000000 -data /tmp/bench1m
//
// See doc/benchmarks.md. It is a program, not a test: speed stays out of
// `go test ./...`.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"regexp"
	"runtime"
	"syscall"
	"time"
)

// config is everything the flags say.
type config struct {
	candidates  int
	dataDir     string
	databaseURL string
	bin         string
	duration    time.Duration
	clients     int
	signIns     int
	only        *regexp.Regexp
	writes      bool
	keep        bool
}

func main() {
	if len(os.Args) > 1 && os.Args[1] == "reference" {
		if err := runReference(os.Args[2:]); err != nil {
			fmt.Fprintln(os.Stderr, "loadbench reference:", err)
			os.Exit(1)
		}
		return
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	cfg, err := parseFlags(os.Args[1:])
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(2)
	}
	if err := run(ctx, cfg); err != nil {
		fmt.Fprintln(os.Stderr, "loadbench:", err)
		os.Exit(1)
	}
}

func parseFlags(args []string) (config, error) {
	fs := flag.NewFlagSet("loadbench", flag.ContinueOnError)
	var cfg config
	fs.IntVar(&cfg.candidates, "candidates", 100_000, "candidates in the demo agency")
	fs.StringVar(&cfg.dataDir, "data", "", "directory for the SQLite demo database and the binary (default: /tmp/matchpoint-loadbench-<N>)")
	fs.StringVar(&cfg.databaseURL, "database-url", "", "run on this PostgreSQL database instead (postgres://…); an empty database gets the demo")
	fs.StringVar(&cfg.bin, "bin", "", "use this matchpoint binary instead of building ./cmd/matchpoint")
	fs.DurationVar(&cfg.duration, "duration", 10*time.Second, "how long each page is driven")
	fs.IntVar(&cfg.clients, "clients", 32, "concurrent clients (each with its own keep-alive connection)")
	fs.IntVar(&cfg.signIns, "signins", 20, "concurrent clients of the sign-in run (0 = skip it)")
	only := fs.String("only", "", "run only the pages whose name matches this regular expression")
	fs.BoolVar(&cfg.writes, "writes", true, "run the writes that send a mail (they change the demo database)")
	fs.BoolVar(&cfg.keep, "keep", false, "leave the server running after the run (prints its address)")
	if err := fs.Parse(args); err != nil {
		return cfg, err
	}
	if cfg.candidates < 20 {
		return cfg, fmt.Errorf("-candidates must be at least 20")
	}
	if cfg.clients < 1 {
		return cfg, fmt.Errorf("-clients must be at least 1")
	}
	if cfg.dataDir == "" {
		cfg.dataDir = filepath.Join(os.TempDir(), fmt.Sprintf("matchpoint-loadbench-%d", cfg.candidates))
	}
	var err error
	if cfg.only, err = regexp.Compile(*only); err != nil {
		return cfg, fmt.Errorf("-only: %w", err)
	}
	return cfg, nil
}

func run(ctx context.Context, cfg config) error {
	out := os.Stdout
	fmt.Fprintf(out, "loadbench: %d candidates, %s, %d clients, %s per page, GOMAXPROCS %d, load average %s\n",
		cfg.candidates, engineName(cfg), cfg.clients, cfg.duration, runtime.GOMAXPROCS(0), loadAverage())
	if err := os.MkdirAll(cfg.dataDir, 0o750); err != nil {
		return fmt.Errorf("data directory: %w", err)
	}
	bin, err := buildBinary(ctx, cfg)
	if err != nil {
		return err
	}
	if err := ensureDemo(ctx, cfg, bin, out); err != nil {
		return err
	}
	fx, err := loadFixture(ctx, cfg)
	if err != nil {
		return err
	}
	srv, err := startServer(ctx, cfg, bin)
	if err != nil {
		return err
	}
	defer srv.stop()
	ref, err := startReference(ctx, cfg, fx)
	if err != nil {
		return err
	}
	defer ref.stop()

	b := &bench{cfg: cfg, fx: fx, srv: srv, ref: ref, out: out}
	if err := b.signInAll(ctx); err != nil {
		return err
	}
	if err := b.run(ctx); err != nil {
		return err
	}
	if cfg.keep {
		fmt.Fprintf(out, "server left running on %s (pid %d); Ctrl+C to stop\n", srv.url, srv.pid())
		<-ctx.Done()
	}
	return nil
}

func engineName(cfg config) string {
	if cfg.databaseURL != "" {
		return "PostgreSQL"
	}
	return "SQLite"
}

// loadAverage is the first three fields of /proc/loadavg.
func loadAverage() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "?"
	}
	var a, b5, c string
	if _, err := fmt.Sscan(string(b), &a, &b5, &c); err != nil {
		return "?"
	}
	return a + " " + b5 + " " + c
}
