package main

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/mail/mailtest"
	"github.com/matchpoint/matchpoint/store"
)

// G2: `matchpoint serve --smtp-url` delivers what waits in the outbox, and
// stops its worker on shutdown (serve's cleanup fails if it does not stop).
func TestServeDeliversTheOutbox_G2(t *testing.T) {
	dir := t.TempDir()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(dir, "matchpoint.db"))
	if err != nil {
		t.Fatal(err)
	}
	if err := db.Migrate(ctx); err != nil {
		t.Fatal(err)
	}
	ten := domain.Tenant{Slug: "acme", Name: "Acme", DefaultLanguage: "nl"}
	if err := db.Store().CreateTenant(ctx, &ten); err != nil {
		t.Fatal(err)
	}
	m, err := mail.Enqueue(store.WithTenant(ctx, ten.ID), db.Store(), mail.Message{To: "anke@example.nl", Language: "nl", Key: "password_reset",
		Data: mail.PasswordResetData{Name: "Anke", Agency: "Acme", Link: "https://acme.test/r/x", Hours: 2}})
	if err != nil {
		t.Fatal(err)
	}
	db.Close()

	server := mailtest.New(t)
	serve(t, "--data", dir, "--demo=false", "--tenant", "acme", "--smtp-url", server.URL())
	deadline := time.Now().Add(20 * time.Second)
	for len(server.Messages()) == 0 && time.Now().Before(deadline) {
		time.Sleep(50 * time.Millisecond)
	}
	got := server.To("anke@example.nl")
	if len(got) != 1 || got[0].Subject != m.Subject || !strings.Contains(got[0].Body, "Beste Anke") {
		t.Fatalf("delivered: %+v", got)
	}
}
