package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/matchpoint/matchpoint/app"
	"github.com/matchpoint/matchpoint/mail"
)

// mailFlags configure the outbox delivery worker (G2).
type mailFlags struct {
	smtpURL string
	keep    time.Duration // how long delivered mails keep their subject and text (F2)
}

func (m *mailFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&m.smtpURL, "smtp-url", os.Getenv("MATCHPOINT_SMTP_URL"),
		"SMTP server for outgoing mail: smtp://user:pass@host:587?from=noreply@example.com, or smtps:// for TLS on connect; "+
			"empty keeps mail in the outbox, readable at /office/outbox (env MATCHPOINT_SMTP_URL)")
	keep := mail.DefaultKeepTexts
	if env := os.Getenv("MATCHPOINT_OUTBOX_KEEP"); env != "" {
		if d, err := time.ParseDuration(env); err == nil {
			keep = d
		}
	}
	fs.DurationVar(&m.keep, "outbox-keep", keep,
		"how long a delivered, failed or cancelled mail keeps its subject and text; negative keeps them (env MATCHPOINT_OUTBOX_KEEP)")
}

// start runs the delivery worker when an SMTP server is configured. The
// returned stop ends the worker and waits until it has recorded what it sent.
func (m *mailFlags) start(ctx context.Context, a *app.App, stdout io.Writer) (stop func(), err error) {
	if a.Config.SMTPURL == "" {
		fmt.Fprintln(stdout, "  mail:                no SMTP server set (MATCHPOINT_SMTP_URL); mails wait in the outbox at /office/outbox")
		return func() {}, nil
	}
	sender, err := mail.NewSMTP(a.Config.SMTPURL)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(stdout, "  mail:                delivered through %s\n", sender)
	ctx, cancel := context.WithCancel(ctx)
	done := make(chan struct{})
	w := &mail.Worker{DB: a.DB, Sender: sender, Log: a.Log.With("component", "mail"), KeepTexts: m.keep}
	go func() {
		defer close(done)
		_ = w.Run(ctx) // returns nil when ctx ends
	}()
	return func() { cancel(); <-done }, nil
}
