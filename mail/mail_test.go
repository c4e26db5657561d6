package mail_test

import (
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/mail"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
)

// G2: a mail is rendered in the recipient's language, from the agency's own
// template when it has one, and lands in the outbox only with its transaction.
func TestEnqueueRendersAndIsTransactional_G2(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		st := db.Store()
		ten := domain.Tenant{Slug: "m", Name: "M", DefaultLanguage: "en"}
		if err := st.CreateTenant(t.Context(), &ten); err != nil {
			t.Fatal(err)
		}
		ctx := store.WithTenant(t.Context(), ten.ID)
		data := map[string]any{"Name": "Ans", "Agency": "M", "Minutes": 60, "Hours": 1, "Link": "https://x.test/r/abc"}
		m, err := mail.Enqueue(ctx, st, mail.Message{To: "ans@x.test", Language: "nl", Key: "password_reset", Data: data})
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(m.Body, "Beste Ans") || !strings.Contains(m.Body, "https://x.test/r/abc") {
			t.Fatalf("rendered in the wrong language or without data: %q", m.Body)
		}
		own := domain.EmailTemplate{Key: "password_reset", Language: "nl", Subject: "Eigen onderwerp", Body: "Hoi {{.Name}}"}
		if err := st.SaveEmailTemplate(ctx, &own); err != nil {
			t.Fatal(err)
		}
		rolledBack := errTest("roll back")
		err = st.InTx(ctx, func(tx *store.Store) error {
			if _, err := mail.Enqueue(ctx, tx, mail.Message{To: "b@x.test", Language: "nl", Key: "password_reset", Data: data}); err != nil {
				return err
			}
			return rolledBack
		})
		if err != rolledBack {
			t.Fatal(err)
		}
		if _, err := mail.Enqueue(ctx, st, mail.Message{To: "c@x.test", Language: "nl", Key: "password_reset", Data: data}); err != nil {
			t.Fatal(err)
		}
		list, _, err := st.Mails(ctx, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != 2 || list[0].To != "c@x.test" || list[0].Subject != "Eigen onderwerp" || list[0].Body != "Hoi Ans" {
			t.Fatalf("outbox: %+v", list)
		}
		if _, err := mail.Enqueue(ctx, st, mail.Message{To: "d@x.test", Language: "en", Key: "password_reset", Data: map[string]any{}}); err == nil {
			t.Fatal("a template with missing data rendered")
		}
	})
}

type errTest string

func (e errTest) Error() string { return string(e) }
