package main

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"
)

// serve starts `matchpoint serve` in-process and returns its base URL and the
// lines it printed up to the URL.
func serve(t *testing.T, args ...string) (string, []string) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	pr, pw := io.Pipe()
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, append([]string{"serve", "--addr", "127.0.0.1:0"}, args...), pw, io.Discard)
		pw.Close()
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(15 * time.Second):
			t.Error("serve did not stop")
		}
	})
	sc := bufio.NewScanner(pr)
	var lines []string
	url := ""
	for sc.Scan() {
		line := sc.Text()
		lines = append(lines, line)
		if strings.HasPrefix(line, "Matchpoint is running on ") {
			url = strings.Fields(strings.TrimPrefix(line, "Matchpoint is running on "))[0]
		}
		if url != "" && strings.HasPrefix(line, "Press Ctrl+C") {
			break
		}
	}
	go io.Copy(io.Discard, pr) //nolint:errcheck // drain the rest
	if url == "" {
		t.Fatalf("serve printed no address: %q", lines)
	}
	return url, lines
}

func TestServeHealthz(t *testing.T) {
	url, _ := serve(t, "--data", t.TempDir(), "--demo=false")
	res, err := http.Get(url + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Fatalf("healthz: %d", res.StatusCode)
	}
}

// A production install: create an agency and its admin, then sign in.
func TestTenantAndUserCreate(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	ctx := context.Background()
	if err := run(ctx, []string{"tenant", "create", "--data", dir, "--slug", "acme", "--name", "Acme Staffing"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"user", "create", "--data", dir, "--tenant", "acme", "--email", "Boss@Acme.test",
		"--name", "Boss", "--password", "tulip-harbour-lantern", "--admin"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"user", "create", "--data", dir, "--tenant", "acme", "--email", "x@acme.test",
		"--name", "X", "--password", "short"}, &out, io.Discard); err == nil {
		t.Fatal("short password accepted")
	}
	if err := run(ctx, []string{"tenant", "create", "--data", dir, "--slug", "acme", "--name", "Again"}, &out, io.Discard); err == nil {
		t.Fatal("duplicate agency accepted")
	}
	url, _ := serve(t, "--data", dir, "--tenant", "acme")
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.PostForm(url+"/office/signin", map[string][]string{"email": {"boss@acme.test"}, "password": {"tulip-harbour-lantern"}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther || res.Header.Get("Location") != "/office/" {
		t.Fatalf("admin sign-in: %d %s", res.StatusCode, res.Header.Get("Location"))
	}
}

func TestUnknownCommand(t *testing.T) {
	if err := run(context.Background(), []string{"frobnicate"}, io.Discard, io.Discard); err == nil {
		t.Fatal("unknown command accepted")
	}
}

// The trial: an empty SQLite database gets the demo agency, and the printed
// sign-ins work (issue 2, first promise of the README).
func TestServeLoadsDemoOnEmptySQLite(t *testing.T) {
	dir := t.TempDir()
	url, lines := serve(t, "--data", dir)
	out := strings.Join(lines, "\n")
	for _, want := range []string{"recruiter@demo.test", "admin@demo.test", "candidate@demo.test", "contact@demo.test", "matchpoint-demo"} {
		if !strings.Contains(out, want) {
			t.Errorf("serve did not print %q:\n%s", want, out)
		}
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	res, err := client.PostForm(url+"/office/signin", map[string][]string{"email": {"recruiter@demo.test"}, "password": {"matchpoint-demo"}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("demo recruiter sign-in: %d", res.StatusCode)
	}
}

func TestDemoCommand(t *testing.T) {
	dir := t.TempDir()
	var out bytes.Buffer
	if err := run(context.Background(), []string{"demo", "--data", dir, "--candidates", "60", "--seed", "7", "--quiet"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "60 candidates") || !strings.Contains(out.String(), "candidate@demo.test") {
		t.Fatalf("demo printed %q", out.String())
	}
	if err := run(context.Background(), []string{"demo", "--data", dir, "--quiet"}, &out, io.Discard); err == nil {
		t.Fatal("a second demo agency was loaded into the same database")
	}
	// serve finds the demo agency and prints its sign-ins without loading it again.
	_, lines := serve(t, "--data", dir)
	if !strings.Contains(strings.Join(lines, "\n"), "contact@demo.test") || strings.Contains(strings.Join(lines, "\n"), "loading the demo") {
		t.Fatalf("serve on a demo database printed %q", lines)
	}
}
