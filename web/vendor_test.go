package web_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/store/storetest"
	"github.com/matchpoint/matchpoint/web/webtest"
)

// Issue 15 item 6: the front-end libraries are the npm releases named in
// static/vendor/VERSIONS, byte for byte, served from the binary, and the
// pages load them under a Content-Security-Policy without 'unsafe-inline'.
func TestVendoredAssetsPinned(t *testing.T) {
	f, err := os.Open(filepath.Join("static", "vendor", "VERSIONS"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	env := webtest.New(t, storetest.SQLite(t))
	c := env.Client(t)
	seen := 0
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) != 3 || !strings.Contains(fields[0], "@") {
			t.Fatalf("VERSIONS line %q: want package@version file sha256", line)
		}
		body, err := os.ReadFile(filepath.Join("static", "vendor", fields[1]))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(body)
		if got := hex.EncodeToString(sum[:]); got != fields[2] {
			t.Errorf("%s: sha256 %s, VERSIONS says %s (%s)", fields[1], got, fields[2], fields[0])
		}
		version := strings.SplitN(fields[0], "@", 2)[1]
		if !strings.Contains(fields[1], version) {
			t.Errorf("%s does not carry the version %s in its name", fields[1], version)
		}
		res := c.Get("/static/vendor/" + fields[1])
		if res.Status != http.StatusOK || res.Body != string(body) {
			t.Errorf("/static/vendor/%s: %d, %d bytes", fields[1], res.Status, len(res.Body))
		}
		seen++
	}
	if seen < 3 {
		t.Fatalf("VERSIONS names %d files, want htmx, SortableJS and Open Props", seen)
	}
	page := env.Recruiter(t).Get("/office/")
	csp := page.Header.Get("Content-Security-Policy")
	if !strings.Contains(csp, "script-src 'self'") || strings.Contains(csp, "unsafe-inline") {
		t.Fatalf("Content-Security-Policy %q", csp)
	}
	for _, want := range []string{`src="/static/vendor/htmx-`, `src="/static/vendor/sortable-`, `href="/static/vendor/open-props-`, `src="/static/app.js"`} {
		if !strings.Contains(page.Body, want) {
			t.Errorf("the back office's layout does not load %s", want)
		}
	}
	if strings.Contains(page.Body, "<script>") || strings.Contains(page.Body, " style=") || strings.Contains(page.Body, "<style") {
		t.Error("the page has inline script or style")
	}
}
