package web_test

import (
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// mailID puts one mail in Acme's outbox for the access test (G2, B5).
func mailID(t *testing.T, env *webtest.Env) domain.ID {
	t.Helper()
	m := domain.Mail{To: "rosa@example.com", Subject: "Secret link", Body: "https://acme.test/portal/password/secret"}
	if err := env.Store.EnqueueMail(env.Acme.Ctx, &m); err != nil {
		t.Fatal(err)
	}
	return m.ID
}
