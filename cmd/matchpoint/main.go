// Command matchpoint runs the Matchpoint recruitment platform: the back
// office, the two portals, the API and the background jobs, in one binary.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

const usage = `Usage: matchpoint [command] [flags]

Commands:
  serve            start the server (the default)
  migrate          apply database migrations
  backup           copy the SQLite database while it serves (--out FILE)
  restore          check a backup and restore it (--from FILE)
  demo             load a demo agency (--candidates N --seed S)
  tenant create    create an agency (--slug --name [--host] [--language])
  user create      create a recruiter (--tenant --email --name [--admin])
  retention        anonymise candidates past the retention period ([--dry-run] [--tenant])
  reminders        mail last week's timesheet reminders now ([--tenant S])
  invoices run     invoice a period (--period 2026-11 [--tenant] [--client ID…] [--confirm])
  invoices export  write a period's invoices as UBL XML and PDF (--period --out DIR)

Run 'matchpoint COMMAND --help' for a command's flags.
`

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := run(ctx, os.Args[1:], os.Stdout, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "matchpoint:", err)
		os.Exit(1)
	}
}

func run(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	cmd := "serve"
	if len(args) > 0 && args[0] != "" && args[0][0] != '-' {
		cmd, args = args[0], args[1:]
	}
	switch cmd {
	case "serve":
		return runServe(ctx, args, stdout, stderr)
	case "migrate":
		return runMigrate(ctx, args, stdout)
	case "backup":
		return runBackup(ctx, args, stdout)
	case "restore":
		return runRestore(ctx, args, stdout)
	case "demo":
		return runDemo(ctx, args, stdout, stderr)
	case "tenant":
		return runTenant(ctx, args, stdout)
	case "user":
		return runUser(ctx, args, stdout)
	case "retention":
		return runRetention(ctx, args, stdout)
	case "reminders":
		return runReminders(ctx, args, stdout)
	case "cvtext":
		return runCVText(os.Stdin, stdout)
	case "invoices":
		return runInvoices(ctx, args, stdout)
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return nil
	}
	fmt.Fprint(stderr, usage)
	return fmt.Errorf("unknown command %q", cmd)
}
