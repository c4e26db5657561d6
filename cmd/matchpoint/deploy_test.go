package main

import (
	"bytes"
	"context"
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"math/big"
	"net"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/store"
)

const deployPassword = "Quiet-Harbour-Lantern-4471"

// productionAgency creates the agency acme with its admin, as an operator
// does before the first start.
func productionAgency(t *testing.T, dir string) {
	t.Helper()
	ctx := context.Background()
	var out bytes.Buffer
	if err := run(ctx, []string{"tenant", "create", "--data", dir, "--slug", "acme", "--name", "Acme Staffing"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
	if err := run(ctx, []string{"user", "create", "--data", dir, "--tenant", "acme", "--email", "boss@acme.test",
		"--name", "Boss", "--password", deployPassword, "--admin"}, &out, io.Discard); err != nil {
		t.Fatal(err)
	}
}

// selfSigned writes a certificate and key for 127.0.0.1 and localhost into
// dir and returns their paths and a pool that trusts the certificate.
func selfSigned(t *testing.T, dir string) (certFile, keyFile string, pool *x509.CertPool) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "matchpoint test"},
		NotBefore: time.Now().Add(-time.Hour), NotAfter: time.Now().Add(time.Hour),
		IPAddresses: []net.IP{net.ParseIP("127.0.0.1")}, DNSNames: []string{"localhost"},
		KeyUsage: x509.KeyUsageDigitalSignature, ExtKeyUsage: []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth}}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	keyDER, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	certFile, keyFile = filepath.Join(dir, "cert.pem"), filepath.Join(dir, "key.pem")
	if err := os.WriteFile(certFile, pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(keyFile, pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: keyDER}), 0o600); err != nil {
		t.Fatal(err)
	}
	cert, err := x509.ParseCertificate(der)
	if err != nil {
		t.Fatal(err)
	}
	pool = x509.NewCertPool()
	pool.AddCert(cert)
	return certFile, keyFile, pool
}

// newestMail is the newest outbox mail of acme to address, read from the
// database the server writes.
func newestMail(t *testing.T, dir, address string) domain.Mail {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(dir, "matchpoint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ten, err := db.Store().TenantBySlug(ctx, "acme")
	if err != nil {
		t.Fatal(err)
	}
	mails, _, err := db.Store().Mails(store.WithTenant(ctx, ten.ID), 50, 0)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range mails {
		if m.To == address {
			return m
		}
	}
	t.Fatalf("no mail to %s", address)
	return domain.Mail{}
}

var setLink = regexp.MustCompile(`\S+/office/password/set\?token=\S+`)

// checkSecureSession signs in and checks the cookie and HSTS of a secure
// install: __Host-mp_office, Secure, HttpOnly, host-only, path /.
func checkSecureSession(t *testing.T, client *http.Client, base string, header http.Header) {
	t.Helper()
	form := url.Values{"email": {"boss@acme.test"}, "password": {deployPassword}}
	req, _ := http.NewRequest(http.MethodPost, base+"/office/signin", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	for k, v := range header {
		req.Header[k] = v
	}
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusSeeOther {
		t.Fatalf("sign-in: %d", res.StatusCode)
	}
	if !strings.Contains(res.Header.Get("Strict-Transport-Security"), "max-age=") {
		t.Errorf("no HSTS: %q", res.Header.Get("Strict-Transport-Security"))
	}
	var session *http.Cookie
	for _, c := range res.Cookies() {
		if c.Name == "__Host-mp_office" {
			session = c
		}
	}
	if session == nil || !session.Secure || !session.HttpOnly || session.Path != "/" || session.Domain != "" {
		t.Fatalf("session cookie %+v, want __Host-mp_office Secure HttpOnly host-only path /", session)
	}
}

// B4 (issue 11, finding 3): `serve --tls-cert --tls-key` serves TLS itself:
// its sign-in sets a Secure __Host- cookie, every answer carries HSTS, and a
// reset mail's link is https on the install's address and opens the form
// over TLS.
func TestServeTLSEndToEnd_B4(t *testing.T) {
	dir := t.TempDir()
	productionAgency(t, dir)
	certFile, keyFile, pool := selfSigned(t, dir)
	base, lines := serve(t, "--data", dir, "--tenant", "acme", "--tls-cert", certFile, "--tls-key", keyFile)
	if !strings.HasPrefix(base, "https://127.0.0.1:") {
		t.Fatalf("serve prints %s, want https", base)
	}
	if out := strings.Join(lines, "\n"); strings.Contains(out, "WARNING") {
		t.Errorf("a TLS install warns:\n%s", out)
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Transport: &http.Transport{TLSClientConfig: &tls.Config{RootCAs: pool}},
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	checkSecureSession(t, client, base, nil)

	res, err := client.PostForm(base+"/office/reset", url.Values{"email": {"boss@acme.test"}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	link := setLink.FindString(newestMail(t, dir, "boss@acme.test").Body)
	if !strings.HasPrefix(link, base+"/office/password/set?token=") {
		t.Fatalf("reset link %q, want it on %s", link, base)
	}
	page, err := client.Get(link)
	if err != nil {
		t.Fatal(err)
	}
	page.Body.Close()
	if page.StatusCode != http.StatusOK || page.Header.Get("Strict-Transport-Security") == "" {
		t.Fatalf("following the reset link over TLS: %d", page.StatusCode)
	}
}

// B4, F4 (issue 11, findings 3 and 5): behind a TLS proxy listed in
// --trusted-proxy, with an https base URL: the cookies are Secure __Host-,
// HSTS is sent, the audit log records the client's address from
// X-Forwarded-For, mail links use the base URL whatever Host the request
// had, and start-up does not warn. Without --trusted-proxy the same https
// base URL gets a warning.
func TestServeBehindTrustedProxy_B4_F4(t *testing.T) {
	dir := t.TempDir()
	productionAgency(t, dir)
	base, lines := serve(t, "--data", dir, "--tenant", "acme", "--base-url", "https://jobs.acme.example", "--trusted-proxy", "127.0.0.1/32, ::1")
	if out := strings.Join(lines, "\n"); strings.Contains(out, "WARNING") || !strings.Contains(out, "https://jobs.acme.example/office/") {
		t.Errorf("start-up behind a proxy:\n%s", out)
	}
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	forwarded := http.Header{"X-Forwarded-For": {"203.0.113.9"}, "X-Forwarded-Proto": {"https"}}
	checkSecureSession(t, client, base, forwarded)

	req, _ := http.NewRequest(http.MethodPost, base+"/office/reset", strings.NewReader("email=boss%40acme.test"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-For", "203.0.113.9")
	req.Host = "evil.example"
	res, err := client.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if link := setLink.FindString(newestMail(t, dir, "boss@acme.test").Body); !strings.HasPrefix(link, "https://jobs.acme.example/office/password/set?token=") {
		t.Fatalf("reset link behind the proxy: %q", link)
	}

	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(dir, "matchpoint.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	ten, _ := db.Store().TenantBySlug(ctx, "acme")
	entries, _, err := db.Store().AuditEntries(store.WithTenant(ctx, ten.ID), store.AuditFilter{Action: "sign_in"})
	if err != nil || len(entries) != 1 || entries[0].RemoteAddr != "203.0.113.9" {
		t.Fatalf("sign-in audit behind the proxy: %+v %v", entries, err)
	}

	_, lines = serve(t, "--data", t.TempDir(), "--demo=false", "--base-url", "https://jobs.acme.example")
	if out := strings.Join(lines, "\n"); !strings.Contains(out, "WARNING: the base URL is https but this process serves plain HTTP") {
		t.Errorf("no warning for https without TLS or proxy:\n%s", out)
	}
}
