// Package mailtest runs a real SMTP server in the test's process that keeps
// what it receives, so tests can read delivered mail (G2) — for example to
// follow the set-password link of an invitation.
package mailtest

import (
	"bytes"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"mime/quotedprintable"
	"net"
	"net/mail"
	"strings"
	"sync"
	"testing"

	"github.com/emersion/go-smtp"
)

// Message is one mail the server accepted, decoded.
type Message struct {
	From      string
	To        []string
	Subject   string
	MessageID string
	Body      string // the plain-text body, decoded
	Raw       []byte
	// Attachments are the files of a multipart/mixed mail, decoded.
	Attachments []Attachment
}

// Attachment is a file a mail carried.
type Attachment struct {
	FileName    string
	ContentType string
	Content     []byte
}

// Server is an SMTP server on 127.0.0.1 that records every mail it accepts.
type Server struct {
	addr string
	srv  *smtp.Server

	mu       sync.Mutex
	messages []Message
	reject   *smtp.SMTPError
	ended    int // sessions that said QUIT or lost their connection
}

// New starts a server and stops it when the test ends.
func New(t testing.TB) *Server {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	s := &Server{addr: ln.Addr().String()}
	s.srv = smtp.NewServer(smtp.BackendFunc(func(*smtp.Conn) (smtp.Session, error) { return &session{s: s}, nil }))
	s.srv.Domain = "mailtest.local"
	s.srv.AllowInsecureAuth = true
	s.srv.ErrorLog = discard{}
	go s.srv.Serve(ln) //nolint:errcheck // ends with Close
	t.Cleanup(func() { s.srv.Close() })
	return s
}

// URL is the MATCHPOINT_SMTP_URL that sends to this server.
func (s *Server) URL() string {
	return "smtp://" + s.addr + "?from=noreply@matchpoint.test"
}

// Reject makes the server refuse every mail with code (e.g. 451, a
// temporary failure) until Accept is called.
func (s *Server) Reject(code int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reject = &smtp.SMTPError{Code: code, EnhancedCode: smtp.EnhancedCode{code / 100, 3, 0}, Message: "mailtest: refused for the test"}
}

// Accept makes the server take mail again.
func (s *Server) Accept() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.reject = nil
}

// Messages returns what the server accepted so far, oldest first.
func (s *Server) Messages() []Message {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Message(nil), s.messages...)
}

// To returns the accepted mails to addr.
func (s *Server) To(addr string) []Message {
	var out []Message
	for _, m := range s.Messages() {
		for _, to := range m.To {
			if strings.EqualFold(to, addr) {
				out = append(out, m)
			}
		}
	}
	return out
}

type session struct {
	s    *Server
	from string
	to   []string
}

func (x *session) refusal() error {
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	if x.s.reject != nil {
		return x.s.reject
	}
	return nil
}

func (x *session) Mail(from string, _ *smtp.MailOptions) error {
	if err := x.refusal(); err != nil {
		return err
	}
	x.from = from
	return nil
}

func (x *session) Rcpt(to string, _ *smtp.RcptOptions) error {
	x.to = append(x.to, to)
	return nil
}

func (x *session) Data(r io.Reader) error {
	raw, err := io.ReadAll(r)
	if err != nil {
		return err
	}
	m, err := decode(raw)
	if err != nil {
		return &smtp.SMTPError{Code: 554, Message: "mailtest: unreadable mail: " + err.Error()}
	}
	m.From, m.To = x.from, x.to
	x.s.mu.Lock()
	x.s.messages = append(x.s.messages, m)
	x.s.mu.Unlock()
	return nil
}

func (x *session) Reset() { x.from, x.to = "", nil }

func (x *session) Logout() error {
	x.s.mu.Lock()
	defer x.s.mu.Unlock()
	x.s.ended++
	return nil
}

// Ended counts the sessions that ended (QUIT, or a lost connection), so a
// test can tell what a client did before it said goodbye.
func (s *Server) Ended() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.ended
}

// decode reads the subject and the plain-text body of a mail: a single
// text/plain part, or a multipart/mixed one whose first text/plain part is
// the body and whose other parts are attachments.
func decode(raw []byte) (Message, error) {
	msg, err := mail.ReadMessage(bytes.NewReader(raw))
	if err != nil {
		return Message{}, err
	}
	subject, err := new(mime.WordDecoder).DecodeHeader(msg.Header.Get("Subject"))
	if err != nil {
		return Message{}, fmt.Errorf("subject: %w", err)
	}
	out := Message{Subject: subject, MessageID: msg.Header.Get("Message-Id"), Raw: raw}
	media, params, err := mime.ParseMediaType(msg.Header.Get("Content-Type"))
	if err != nil {
		return Message{}, fmt.Errorf("content type: %w", err)
	}
	switch media {
	case "text/plain":
		text, err := decodePart(msg.Body, msg.Header.Get("Content-Transfer-Encoding"))
		if err != nil {
			return Message{}, fmt.Errorf("body: %w", err)
		}
		out.Body = strings.ReplaceAll(string(text), "\r\n", "\n")
		return out, nil
	case "multipart/mixed":
		mr := multipart.NewReader(msg.Body, params["boundary"])
		for {
			part, err := mr.NextPart()
			if errors.Is(err, io.EOF) {
				return out, nil
			}
			if err != nil {
				return Message{}, fmt.Errorf("part: %w", err)
			}
			content, err := decodePart(part, part.Header.Get("Content-Transfer-Encoding"))
			if err != nil {
				return Message{}, fmt.Errorf("part: %w", err)
			}
			ct, _, _ := mime.ParseMediaType(part.Header.Get("Content-Type"))
			if name := part.FileName(); name != "" {
				out.Attachments = append(out.Attachments, Attachment{FileName: name, ContentType: ct, Content: content})
				continue
			}
			if ct == "text/plain" && out.Body == "" {
				out.Body = strings.ReplaceAll(string(content), "\r\n", "\n")
			}
		}
	}
	return Message{}, fmt.Errorf("content type %q, want text/plain or multipart/mixed", media)
}

// decodePart reads a body in its transfer encoding.
func decodePart(r io.Reader, encoding string) ([]byte, error) {
	switch strings.ToLower(encoding) {
	case "quoted-printable":
		r = quotedprintable.NewReader(r)
	case "base64":
		r = base64.NewDecoder(base64.StdEncoding, r)
	}
	return io.ReadAll(r)
}

type discard struct{}

func (discard) Printf(string, ...any) {}
func (discard) Println(...any)        {}
