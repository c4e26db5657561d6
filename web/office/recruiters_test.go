package office_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// B5, B3, F4: an admin adds a recruiter, who sets its password from the
// invitation mail and signs in; the admin makes it an admin and back,
// disables it (its session ends at once and it cannot sign in again) and
// enables it. An admin cannot disable itself; a recruiter without the admin
// role gets 404; every change is in the audit log.
func TestRecruiterManagement_B5_B3_F4(t *testing.T) {
	storetest.Each(t, func(t *testing.T, db *store.DB) {
		env := webtest.New(t, db)
		ctx, st := env.Acme.Ctx, env.Store
		admin := env.AdminClient(t)
		if res := admin.Get("/office/settings/users"); res.Status != http.StatusOK || !strings.Contains(res.Body, env.Acme.Recruiter.Email) {
			t.Fatalf("list: %d", res.Status)
		}
		form := url.Values{"name": {"Nina Nieuw"}, "email": {"nina@"}, "role": {"recruiter"}, "language": {"nl"}}
		if res := admin.Post("/office/settings/users", form); res.Status != http.StatusUnprocessableEntity || !strings.Contains(res.Body, `id="e-email"`) {
			t.Fatalf("bad e-mail: %d", res.Status)
		}
		form.Set("email", env.Acme.Recruiter.Email)
		if res := admin.Post("/office/settings/users", form); res.Status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.Body, "A recruiter with this e-mail address exists already.") {
			t.Fatalf("taken e-mail: %d", res.Status)
		}
		if users, _ := st.Users(ctx); len(users) != 2 {
			t.Fatalf("refused input added a recruiter: %d", len(users))
		}
		form.Set("email", "Nina@Acme.test")
		if res := admin.Post("/office/settings/users", form); res.Status != http.StatusSeeOther {
			t.Fatalf("add: %d %s", res.Status, res.Body)
		}
		nina, err := st.UserByEmail(ctx, "nina@acme.test")
		if err != nil || nina.Role != domain.RoleRecruiter || nina.Language != "nl" || !nina.Active || nina.PasswordHash != "" {
			t.Fatalf("added recruiter: %+v %v", nina, err)
		}
		link, m := env.MailLink(t, env.Acme, "nina@acme.test")
		if !strings.Contains(link, "/office/password/set?token=") || !strings.Contains(m.Body, "Hallo Nina Nieuw") ||
			!strings.Contains(m.Body, env.Server.URL+"/office/") {
			t.Fatalf("invitation: %s\n%s", link, m.Body)
		}
		anon := env.Client(t)
		token := strings.SplitN(link, "token=", 2)[1]
		pw := "a new recruiter's password"
		if res := anon.Post("/office/password/set", url.Values{"token": {token}, "password": {pw}, "confirm": {pw}}); res.Status != http.StatusSeeOther {
			t.Fatalf("set password: %d", res.Status)
		}
		ninaClient := env.Client(t)
		if res := ninaClient.SignIn("/office", "nina@acme.test", pw); res.Status != http.StatusSeeOther {
			t.Fatalf("sign in: %d", res.Status)
		}
		if res := ninaClient.Get("/office/settings/users"); res.Status != http.StatusNotFound {
			t.Errorf("recruiter without the admin role: %d", res.Status)
		}

		path := "/office/settings/users/" + id(nina.ID)
		if res := admin.Post(path+"/role", url.Values{"role": {"admin"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("make admin: %d", res.Status)
		}
		if res := ninaClient.Get("/office/settings/users"); res.Status != http.StatusOK {
			t.Errorf("new admin: %d", res.Status)
		}
		admin.Post(path+"/role", url.Values{"role": {"recruiter"}})
		if res := admin.Post(path+"/active", nil); res.Status != http.StatusSeeOther {
			t.Fatalf("disable: %d", res.Status)
		}
		if res := ninaClient.Get("/office/"); res.Status != http.StatusSeeOther || !strings.Contains(res.Location, "/office/signin") {
			t.Errorf("disabled recruiter still signed in: %d", res.Status)
		}
		if res := env.Client(t).SignIn("/office", "nina@acme.test", pw); res.Status == http.StatusSeeOther {
			t.Error("disabled recruiter signed in")
		}
		if res := admin.Post(path+"/active", url.Values{"active": {"on"}}); res.Status != http.StatusSeeOther {
			t.Fatalf("enable: %d", res.Status)
		}
		if res := env.Client(t).SignIn("/office", "nina@acme.test", pw); res.Status != http.StatusSeeOther {
			t.Errorf("enabled recruiter cannot sign in: %d", res.Status)
		}

		self := "/office/settings/users/" + id(env.Acme.Admin.ID)
		if res := admin.Post(self+"/active", nil); res.Status != http.StatusUnprocessableEntity ||
			!strings.Contains(res.Body, "You cannot disable your own account.") {
			t.Errorf("admin disabled itself: %d", res.Status)
		}
		if res := admin.Post(self+"/role", url.Values{"role": {"recruiter"}}); res.Status != http.StatusUnprocessableEntity {
			t.Errorf("admin demoted itself: %d", res.Status)
		}
		if me, _ := st.User(ctx, env.Acme.Admin.ID); !me.Active || !me.IsAdmin() {
			t.Fatalf("admin changed itself: %+v", me)
		}
		if res := env.OtherRecruiter(t).Post(path+"/active", nil); res.Status != http.StatusNotFound {
			t.Errorf("other agency: %d", res.Status)
		}
		if res := env.Recruiter(t).Post(path+"/active", nil); res.Status != http.StatusNotFound {
			t.Errorf("recruiter without the admin role: %d", res.Status)
		}

		got, _, err := st.AuditEntries(ctx, store.AuditFilter{ObjectKind: "user", ObjectID: nina.ID})
		if err != nil {
			t.Fatal(err)
		}
		var actions []string
		for _, e := range got {
			if e.ActorID == env.Acme.Admin.ID {
				actions = append(actions, e.Action)
			}
		}
		if strings.Join(actions, " ") != "enabled disabled role_changed role_changed create" {
			t.Errorf("audit of the admin's changes, newest first: %v", actions)
		}
	})
}
