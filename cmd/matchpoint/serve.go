package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"strconv"
	"time"

	"github.com/matchpoint/matchpoint/web"
	"github.com/matchpoint/matchpoint/web/kit"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var af appFlags
	af.register(fs)
	fs.StringVar(&af.tenant, "tenant", af.tenant,
		"slug of the agency served on every host name no agency owns (a single-agency install); "+
			"empty for a multi-agency install, where such host names get 404 (env MATCHPOINT_DEFAULT_TENANT)")
	addr := fs.String("addr", envOr("MATCHPOINT_ADDR", "127.0.0.1:8080"), "address to listen on")
	metricsAddr := fs.String("metrics-addr", os.Getenv("MATCHPOINT_METRICS_ADDR"),
		"address of the operator's listener for Prometheus /metrics, /healthz and /readyz, e.g. 127.0.0.1:9090; never the public address; empty = none (env MATCHPOINT_METRICS_ADDR)")
	jobsEvery := fs.Duration("jobs-every", envDuration("MATCHPOINT_JOBS_EVERY", 5*time.Minute),
		"how often this instance looks for scheduled work due (timesheet reminders); whichever instance looks first does it (env MATCHPOINT_JOBS_EVERY)")
	retentionEvery := fs.Duration("retention-every", 0, "run the retention job (F3) at this interval, e.g. 24h; 0 = off (run 'matchpoint retention' from cron instead)")
	var demoFlag optionalBool
	fs.Var(&demoFlag, "demo", "load the demo agency into an empty database (default: only on SQLite)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(kit.LogHandler(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo})))

	// Listen first: without --base-url, links point at the address really bound.
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	defer ln.Close()
	a, err := af.build(ctx, ln.Addr().String(), log)
	if err != nil {
		return err
	}
	db := a.DB
	defer db.Close()
	if a.Service.CVText, err = cvSandbox(); err != nil {
		return err
	}

	loadDemo := af.db.sqlite()
	if demoFlag.set {
		loadDemo = demoFlag.value
	}
	var signIns []signIn
	if loadDemo {
		if signIns, err = ensureDemo(ctx, db, stdout); err != nil {
			return err
		}
	}
	srv, err := web.New(a)
	if err != nil {
		return err
	}
	httpSrv := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 2 * time.Minute,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute, ErrorLog: slog.NewLogLogger(log.Handler(), slog.LevelWarn)}
	scheme := "http"
	if af.tlsCert != "" {
		scheme = "https"
	}
	url := scheme + "://" + ln.Addr().String()
	base := a.Links.Base.String()
	fmt.Fprintf(stdout, "Matchpoint is running on %s (database: %s)\n", url, db.Dialect)
	fmt.Fprintf(stdout, "  base URL (links):    %s\n", base)
	fmt.Fprintf(stdout, "  back office:         %s/office/\n", base)
	fmt.Fprintf(stdout, "  Professional Portal: %s/portal/\n", base)
	fmt.Fprintf(stdout, "  Hiring Portal:       %s/hiring/\n", base)
	fmt.Fprintf(stdout, "  JSON API:            %s/api/v1/ (OpenAPI: %s/api/v1/openapi.json)\n", base, base)
	for _, w := range a.Config.Warnings() {
		fmt.Fprintf(stdout, "  WARNING: %s\n", w)
		log.Warn(w)
	}
	stopMetrics, err := startMetrics(a, *metricsAddr, stdout)
	if err != nil {
		return err
	}
	defer stopMetrics()
	stopMail, err := af.mail.start(ctx, a, stdout)
	if err != nil {
		return err
	}
	defer stopMail()
	defer startWebhooks(ctx, a)()
	printSignIns(stdout, signIns)
	fmt.Fprintln(stdout, "Press Ctrl+C to stop.")
	defer startRetention(ctx, a, *retentionEvery)()
	defer startReminders(ctx, a, *jobsEvery)()
	errc := make(chan error, 1)
	go func() {
		if af.tlsCert != "" {
			errc <- httpSrv.ServeTLS(ln, af.tlsCert, af.tlsKey)
			return
		}
		errc <- httpSrv.Serve(ln)
	}()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := httpSrv.Shutdown(shutdown); err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

func envOr(name, def string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return def
}

// envInt reads a whole number from the environment; def when unset or not a number.
func envInt(name string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(name)); err == nil {
		return n
	}
	return def
}

// envBool reads a yes/no from the environment ("1", "true", …); false when
// unset or not a boolean.
func envBool(name string) bool {
	b, err := strconv.ParseBool(os.Getenv(name))
	return err == nil && b
}

// optionalBool is a boolean flag that remembers whether it was given.
type optionalBool struct{ set, value bool }

func (b *optionalBool) String() string   { return fmt.Sprint(b.value) }
func (b *optionalBool) IsBoolFlag() bool { return true }
func (b *optionalBool) Set(s string) error {
	switch s {
	case "true", "1", "yes":
		b.value = true
	case "false", "0", "no":
		b.value = false
	default:
		return fmt.Errorf("not a boolean: %q", s)
	}
	b.set = true
	return nil
}
