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

	"github.com/matchpoint/matchpoint/i18n"
	"github.com/matchpoint/matchpoint/web"
)

func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var dbf dbFlags
	dbf.register(fs)
	var mailf mailFlags
	mailf.register(fs)
	addr := fs.String("addr", envOr("MATCHPOINT_ADDR", "127.0.0.1:8080"), "address to listen on")
	tenant := fs.String("tenant", envOr("MATCHPOINT_DEFAULT_TENANT", "demo"), "slug of the agency served when the host name matches none")
	uploadMB := fs.Int("upload-max-mb", envInt("MATCHPOINT_UPLOAD_MAX_MB", 20), "largest file the portals take, in MB")
	retentionEvery := fs.Duration("retention-every", 0, "run the retention job (F3) at this interval, e.g. 24h; 0 = off (run 'matchpoint retention' from cron instead)")
	allowPrivateHooks := fs.Bool("webhooks-allow-private", envBool("MATCHPOINT_WEBHOOKS_ALLOW_PRIVATE"),
		"let webhooks go to loopback and private-network addresses (only for receivers on your own network)")
	var demoFlag optionalBool
	fs.Var(&demoFlag, "demo", "load the demo agency into an empty database (default: only on SQLite)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	log := slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: slog.LevelInfo}))

	db, err := dbf.open(ctx)
	if err != nil {
		return err
	}
	defer db.Close()

	loadDemo := dbf.sqlite()
	if demoFlag.set {
		loadDemo = demoFlag.value
	}
	var signIns []signIn
	if loadDemo {
		if signIns, err = ensureDemo(ctx, db, stdout); err != nil {
			return err
		}
	}
	bundle, err := i18n.Load()
	if err != nil {
		return err
	}
	srv, err := web.New(db, bundle, log, web.Config{DefaultTenant: *tenant, UploadMaxBytes: int64(*uploadMB) << 20,
		WebhooksAllowPrivate: *allowPrivateHooks})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen: %w", err)
	}
	httpSrv := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 2 * time.Minute,
		WriteTimeout: 2 * time.Minute, IdleTimeout: 2 * time.Minute}
	url := "http://" + ln.Addr().String()
	fmt.Fprintf(stdout, "Matchpoint is running on %s (database: %s)\n", url, db.Dialect)
	fmt.Fprintf(stdout, "  back office:         %s/office/\n", url)
	fmt.Fprintf(stdout, "  Professional Portal: %s/portal/\n", url)
	fmt.Fprintf(stdout, "  Hiring Portal:       %s/hiring/\n", url)
	fmt.Fprintf(stdout, "  JSON API:            %s/api/v1/ (OpenAPI: %s/api/v1/openapi.json)\n", url, url)
	stopMail, err := mailf.start(ctx, db, log, stdout)
	if err != nil {
		return err
	}
	defer stopMail()
	defer startWebhooks(ctx, db, log, *allowPrivateHooks)()
	printSignIns(stdout, signIns)
	fmt.Fprintln(stdout, "Press Ctrl+C to stop.")
	if *retentionEvery > 0 {
		go retentionLoop(ctx, db, *retentionEvery, log)
	}
	defer startReminders(ctx, db, log, url)()
	errc := make(chan error, 1)
	go func() { errc <- httpSrv.Serve(ln) }()
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
