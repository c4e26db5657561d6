package main

import (
	"bytes"
	"io"
	"net"
	"net/mail"
	"sync"
	"time"

	"github.com/emersion/go-smtp"
)

// sink is an SMTP server that accepts every mail and records, per
// Message-ID, when it arrived each time.
type sink struct {
	srv  *smtp.Server
	addr string

	mu      sync.Mutex
	arrived map[string][]time.Time
}

func startSink() (*sink, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, err
	}
	s := &sink{addr: ln.Addr().String(), arrived: map[string][]time.Time{}}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &sinkSession{s: s}, nil }))
	s.srv.Domain = "crashtest.local"
	s.srv.AllowInsecureAuth = true
	s.srv.ErrorLog = quiet{}
	go s.srv.Serve(ln) //nolint:errcheck // ends with Close
	return s, nil
}

// url is the --smtp-url that sends to the sink.
func (s *sink) url() string { return "smtp://" + s.addr + "?from=noreply@crashtest.local&tls=none" }

func (s *sink) close() { s.srv.Close() }

// deliveries returns, per Message-ID, the arrival times so far.
func (s *sink) deliveries() map[string][]time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	out := make(map[string][]time.Time, len(s.arrived))
	for id, at := range s.arrived {
		out[id] = append([]time.Time(nil), at...)
	}
	return out
}

type sinkSession struct{ s *sink }

func (x *sinkSession) Mail(string, *smtp.MailOptions) error { return nil }
func (x *sinkSession) Rcpt(string, *smtp.RcptOptions) error { return nil }
func (x *sinkSession) Reset()                               {}
func (x *sinkSession) Logout() error                        { return nil }

func (x *sinkSession) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return err
	}
	id := msg.Header.Get("Message-Id")
	now := time.Now()
	x.s.mu.Lock()
	x.s.arrived[id] = append(x.s.arrived[id], now)
	x.s.mu.Unlock()
	return nil
}

type quiet struct{}

func (quiet) Printf(string, ...any) {}
func (quiet) Println(...any)        {}
