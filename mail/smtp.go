package mail

import (
	"bytes"
	"context"
	"fmt"
	"net/mail"
	"net/url"
	"strconv"
	"strings"

	gomail "github.com/wneessen/go-mail"
	"github.com/wneessen/go-mail/smtp"

	"github.com/matchpoint/matchpoint/domain"
)

// SMTP sends mail through an SMTP server.
type SMTP struct {
	host    string
	from    string
	msgHost string // the domain part of Message-IDs
	opts    []gomail.Option
}

// NewSMTP configures an SMTP sender from a URL (MATCHPOINT_SMTP_URL):
//
//	smtp://user:pass@host:587?from=noreply@example.com   STARTTLS when offered
//	smtps://user:pass@host:465?from=noreply@example.com  implicit TLS
//
// The query may also hold tls=mandatory (refuse a server without STARTTLS)
// or tls=none (never encrypt; for a relay on the same machine). User and
// password are optional; with them the best mechanism the server offers is
// used.
func NewSMTP(rawURL string) (*SMTP, error) {
	u, err := url.Parse(rawURL)
	if err != nil {
		return nil, fmt.Errorf("smtp url: %w", err)
	}
	q := u.Query()
	from := q.Get("from")
	addr, err := mail.ParseAddress(from)
	if err != nil {
		return nil, fmt.Errorf("smtp url: from=%q is not an address (add ?from=noreply@your.domain): %w", from, err)
	}
	if u.Hostname() == "" {
		return nil, fmt.Errorf("smtp url %q: no host", redact(u))
	}
	s := &SMTP{host: u.Hostname(), from: from}
	_, s.msgHost, _ = strings.Cut(addr.Address, "@")
	port := 587
	switch u.Scheme {
	case "smtp":
		policy := gomail.TLSOpportunistic
		switch q.Get("tls") {
		case "", "opportunistic":
		case "mandatory":
			policy = gomail.TLSMandatory
		case "none":
			policy = gomail.NoTLS
		default:
			return nil, fmt.Errorf("smtp url: tls=%q: use opportunistic, mandatory or none", q.Get("tls"))
		}
		s.opts = append(s.opts, gomail.WithTLSPolicy(policy))
	case "smtps":
		port = 465
		s.opts = append(s.opts, gomail.WithSSL())
	default:
		return nil, fmt.Errorf("smtp url %q: scheme must be smtp or smtps", redact(u))
	}
	if p := u.Port(); p != "" {
		if port, err = strconv.Atoi(p); err != nil {
			return nil, fmt.Errorf("smtp url %q: bad port", redact(u))
		}
	}
	// No NOOP before each mail: the session is fresh, and every round trip
	// before DATA only delays the delivery.
	s.opts = append(s.opts, gomail.WithPort(port), gomail.WithoutNoop())
	if u.User != nil && u.User.Username() != "" {
		pass, _ := u.User.Password()
		s.opts = append(s.opts, gomail.WithSMTPAuth(gomail.SMTPAuthAutoDiscover),
			gomail.WithUsername(u.User.Username()), gomail.WithPassword(pass))
	}
	return s, nil
}

// String describes the server without its password, for logs.
func (s *SMTP) String() string { return s.host }

// Send delivers m as a plain-text UTF-8 mail. Its Message-ID is fixed by the
// outbox row, so a receiving server can recognise a repeat. It calls
// accepted the moment the server has taken the mail (its reply to the end of
// DATA), before the session's QUIT, and then reports only what went wrong
// before that as the mail's failure: the window in which a crash sends a
// mail twice is from that reply to the outbox's commit, the least SMTP
// allows (it has no way to ask whether a mail arrived; the fixed Message-ID
// lets a receiver drop a repeat).
func (s *SMTP) Send(ctx context.Context, m domain.Mail, accepted func()) error {
	msg := gomail.NewMsg()
	if err := msg.From(s.from); err != nil {
		return fmt.Errorf("from: %w", err)
	}
	if err := msg.To(m.To); err != nil {
		return fmt.Errorf("to %q: %w", m.To, err)
	}
	msg.Subject(m.Subject)
	msg.SetMessageIDWithValue(fmt.Sprintf("outbox-%d.%d@%s", m.ID, m.TenantID, s.msgHost))
	msg.SetDate()
	msg.SetBodyString(gomail.TypeTextPlain, m.Body)
	for _, a := range m.Attachments {
		if err := msg.AttachReader(a.FileName, bytes.NewReader(a.Content), gomail.WithFileContentType(gomail.ContentType(a.ContentType))); err != nil {
			return fmt.Errorf("attach %s: %w", a.FileName, err)
		}
	}
	client, err := gomail.NewClient(s.host, s.opts...)
	if err != nil {
		return fmt.Errorf("smtp client: %w", err)
	}
	conn, err := client.DialToSMTPClientWithContext(ctx)
	if err != nil {
		return fmt.Errorf("smtp %s: dial: %w", s.host, err)
	}
	if err := transact(conn, s.from, m.To, msg); err != nil {
		_ = conn.Close()
		return fmt.Errorf("smtp %s: %w", s.host, err)
	}
	accepted()
	if err := conn.Quit(); err != nil {
		_ = conn.Close()
		return fmt.Errorf("smtp %s: after the mail was accepted: %w", s.host, err)
	}
	return nil
}

// transact runs one mail transaction, MAIL, RCPT, DATA, on an open session
// and returns once the server replied to the end of the data: nil means it
// took the mail. Nothing else (no RSET, no QUIT) comes between that reply
// and the caller.
func transact(conn *smtp.Client, from, to string, msg *gomail.Msg) error {
	if err := conn.Mail(from); err != nil {
		return fmt.Errorf("MAIL FROM: %w", err)
	}
	if err := conn.Rcpt(to); err != nil {
		return fmt.Errorf("RCPT TO: %w", err)
	}
	w, err := conn.Data()
	if err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	if _, err := msg.WriteTo(w); err != nil {
		_ = w.Close()
		return fmt.Errorf("DATA: write: %w", err)
	}
	if err := w.Close(); err != nil {
		return fmt.Errorf("DATA: %w", err)
	}
	return nil
}

// redact hides the password of a URL.
func redact(u *url.URL) string { return u.Redacted() }
