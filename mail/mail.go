// Package mail renders the agency's e-mails from its templates in the
// recipient's language and puts them in the durable outbox, in the same
// transaction as the change that causes them (G2).
package mail

import (
	"bytes"
	"context"
	"embed"
	"fmt"
	"strings"
	"text/template"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

//go:embed defaults/*.txt
var defaults embed.FS

// Message is a mail to render and enqueue.
type Message struct {
	To       string // address
	Language string // the recipient's language; falls back to English
	Key      string // one of domain.EmailTemplateKeys
	Data     any    // the template's data
	// CandidateID names the candidate the mail goes to or is about (0:
	// none), so that erasing the candidate cancels the mail while it waits
	// and scrubs it once sent (F2).
	CandidateID domain.ID
}

// Template returns the text the agency uses for key in lang: its own
// template when it stored one, else the built-in default.
func Template(ctx context.Context, st *store.Store, key, lang string) (domain.EmailTemplate, error) {
	if !domain.ValidLanguage(lang) {
		lang = "en"
	}
	t, err := st.EmailTemplate(ctx, key, lang)
	if err == nil {
		return t, nil
	}
	if domain.KindOf(err) != domain.KindNotFound {
		return domain.EmailTemplate{}, err
	}
	return Default(key, lang)
}

// Default returns the built-in template of key in lang. A default file holds
// the subject on its first line and the body after a blank line.
func Default(key, lang string) (domain.EmailTemplate, error) {
	data, err := defaults.ReadFile("defaults/" + key + "." + lang + ".txt")
	if err != nil {
		return domain.EmailTemplate{}, fmt.Errorf("mail: no default template %s.%s: %w", key, lang, err)
	}
	subject, body, _ := strings.Cut(string(data), "\n")
	return domain.EmailTemplate{Key: key, Language: lang, Subject: strings.TrimSpace(subject), Body: strings.TrimLeft(body, "\n")}, nil
}

// Render fills a template with data.
func Render(t domain.EmailTemplate, data any) (subject, body string, err error) {
	s, err := execute(t.Key+".subject", t.Subject, data)
	if err != nil {
		return "", "", err
	}
	b, err := execute(t.Key+".body", t.Body, data)
	if err != nil {
		return "", "", err
	}
	return strings.TrimSpace(s), b, nil
}

func execute(name, text string, data any) (string, error) {
	tmpl, err := template.New(name).Option("missingkey=error").Parse(text)
	if err != nil {
		return "", fmt.Errorf("mail: parse %s: %w", name, err)
	}
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, data); err != nil {
		return "", fmt.Errorf("mail: render %s: %w", name, err)
	}
	return buf.String(), nil
}

// Enqueue renders msg and writes it to the outbox through st; pass the
// transaction's store so the mail lands with the change or not at all.
func Enqueue(ctx context.Context, st *store.Store, msg Message) (domain.Mail, error) {
	t, err := Template(ctx, st, msg.Key, msg.Language)
	if err != nil {
		return domain.Mail{}, err
	}
	subject, body, err := Render(t, msg.Data)
	if err != nil {
		return domain.Mail{}, err
	}
	m := domain.Mail{To: msg.To, Subject: subject, Body: body, CandidateID: msg.CandidateID}
	if err := st.EnqueueMail(ctx, &m); err != nil {
		return domain.Mail{}, err
	}
	return m, nil
}
