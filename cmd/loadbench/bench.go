package main

import (
	"context"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"regexp"
	"slices"
	"strings"
	"time"
)

// bench is one run: the servers, the sessions and what was measured.
type bench struct {
	cfg     config
	fx      *fixture
	srv     *process
	ref     *process
	out     io.Writer
	cookies map[string]string // per demo account
	refs    map[refKind][]float64
	results []line
}

// line is a result with the yardstick it is compared to.
type line struct {
	result
	page page
}

// The demo accounts the harness signs in as (see demo.SignIns).
var accounts = []struct{ key, prefix, email string }{
	{"recruiter", "/office", "recruiter@demo.test"},
	{"admin", "/office", "admin@demo.test"},
	{"candidate", "/portal", "candidate@demo.test"},
	{"contact", "/hiring", "contact@demo.test"},
}

const demoPassword = "matchpoint-demo"

func signInRequest(prefix, email string) request {
	return request{method: http.MethodPost, path: prefix + "/signin", want: http.StatusSeeOther,
		form: url.Values{"email": {email}, "password": {demoPassword}, "next": {""}}}
}

// signInAll signs in once as each demo account and keeps its cookie.
func (b *bench) signInAll(ctx context.Context) error {
	b.cookies = map[string]string{}
	c := newClient(1)
	for _, a := range accounts {
		res, body, err := do(ctx, c, b.srv.url, signInRequest(a.prefix, a.email))
		if err != nil {
			return fmt.Errorf("sign in as %s: %w", a.email, err)
		}
		if res.StatusCode != http.StatusSeeOther {
			return fmt.Errorf("sign in as %s: status %d: %.300s", a.email, res.StatusCode, body)
		}
		// The answer clears any old session cookie before setting the new
		// one: the last value of each name counts.
		last := map[string]string{}
		var names []string
		for _, ck := range res.Cookies() {
			if _, ok := last[ck.Name]; !ok {
				names = append(names, ck.Name)
			}
			last[ck.Name] = ck.Value
		}
		var parts []string
		for _, n := range names {
			if last[n] != "" {
				parts = append(parts, n+"="+last[n])
			}
		}
		b.cookies[a.key] = strings.Join(parts, "; ")
	}
	return nil
}

// get is a GET request as account.
func (b *bench) get(account, path string) request {
	return request{method: http.MethodGet, path: path, cookie: b.cookies[account]}
}

// cycle is a page that requests the paths in turn, as account.
func (b *bench) cycle(name, account string, ref refKind, target float64, paths ...string) page {
	return page{name: name, ref: ref, target: target, next: func(w, i int) request {
		return b.get(account, paths[(w*7+i)%len(paths)])
	}}
}

func (b *bench) run(ctx context.Context) error {
	fmt.Fprintf(b.out, "server %s (pid %d), reference %s (pid %d)\n", b.srv.url, b.srv.pid(), b.ref.url, b.ref.pid())
	b.refs = map[refKind][]float64{}
	if err := b.measureReferences(ctx); err != nil {
		return err
	}
	pages, err := b.readPages(ctx)
	if err != nil {
		return err
	}
	for _, p := range pages {
		b.measure(ctx, p)
	}
	if b.cfg.signIns > 0 && b.cfg.only.MatchString("sign-in") {
		b.measure(ctx, b.signInPage())
	}
	if b.cfg.writes {
		writes, err := b.writePages(ctx)
		if err != nil {
			return err
		}
		for _, p := range writes {
			b.measure(ctx, p)
		}
	}
	if err := b.measureReferences(ctx); err != nil {
		return err
	}
	b.report()
	return nil
}

// measureReferences drives the reference's two pages; each run of the
// benchmark measures them before and after the pages, and the ratios use
// the mean.
func (b *bench) measureReferences(ctx context.Context) error {
	quiesce(ctx, b.srv.pid())
	for _, k := range []refKind{refLookup, refPage} {
		path := "/lookup"
		if k == refPage {
			path = "/page"
		}
		p := page{name: "reference " + k.String(), next: func(int, int) request { return request{path: path} }}
		res := drive(ctx, b.ref.url, p, b.cfg.clients, b.cfg.duration, b.ref.pid())
		if ctx.Err() != nil {
			return ctx.Err()
		}
		r := res[0]
		if r.requests == 0 || r.errors > 0 {
			return fmt.Errorf("reference %s: %d answers, %d errors: %s", k, r.requests, r.errors, r.firstErr)
		}
		b.refs[k] = append(b.refs[k], r.perSecond())
		fmt.Fprintf(b.out, "  %-44s %8.0f req/s  p50 %7s  p99 %7s  RSS %4d MB\n", r.name, r.perSecond(),
			ms(r.p50), ms(r.p99), r.rss>>20)
	}
	return nil
}

// measure drives one page and prints its line at once, so that a long run
// shows progress.
func (b *bench) measure(ctx context.Context, p page) {
	if !b.cfg.only.MatchString(p.name) || ctx.Err() != nil {
		return
	}
	if waited := quiesce(ctx, b.srv.pid()); waited > 2*time.Second {
		fmt.Fprintf(b.out, "  (the server was busy for %s after the previous page)\n", waited.Round(time.Second))
	}
	for _, r := range drive(ctx, b.srv.url, p, b.cfg.clients, b.cfg.duration, b.srv.pid()) {
		b.results = append(b.results, line{result: r, page: p})
		fmt.Fprintf(b.out, "  %-44s %8.1f req/s  p50 %7s  p99 %7s  errors %d  RSS %4d MB\n", r.name, r.perSecond(),
			ms(r.p50), ms(r.p99), r.errors, r.rss>>20)
		if r.firstErr != "" {
			fmt.Fprintf(b.out, "    first error: %s\n", r.firstErr)
		}
	}
}

var navLink = regexp.MustCompile(`href="(/(?:office|portal|hiring)/[a-z\-/]*)"`)

// navPages are the links a surface's home page shows that the harness's
// list does not name yet: every list and dashboard page, also the ones added
// after this harness was written.
func (b *bench) navPages(ctx context.Context, known map[string]bool) ([]page, error) {
	var out []page
	c := newClient(1)
	for _, h := range []struct{ account, home string }{{"admin", "/office/"}, {"candidate", "/portal/"}, {"contact", "/hiring/"}} {
		res, body, err := do(ctx, c, b.srv.url, b.get(h.account, h.home))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", h.home, err)
		}
		if res.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("%s: status %d", h.home, res.StatusCode)
		}
		for _, m := range navLink.FindAllStringSubmatch(string(body), -1) {
			path := m[1]
			if known[path] || strings.HasSuffix(path, "/signout") || strings.HasSuffix(path, "/new") ||
				strings.HasSuffix(path, "/security") || strings.HasSuffix(path, "/signin") {
				continue
			}
			known[path] = true
			account := h.account
			if account == "admin" && !strings.HasPrefix(path, "/office/settings") && path != "/office/outbox" {
				account = "recruiter"
			}
			out = append(out, b.cycle(path, account, refPage, 0, path))
		}
	}
	slices.SortFunc(out, func(x, y page) int { return strings.Compare(x.name, y.name) })
	return out, nil
}
