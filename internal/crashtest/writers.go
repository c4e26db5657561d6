package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/cookiejar"
	"net/url"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// writers post privacy requests in the Professional Portal, each with a
// token of its own in its message; each request queues two mails (the
// candidate's confirmation and its owner's notice, C9). A request counts as
// acknowledged when the server answered it with its redirect.
type writers struct {
	base     string
	email    string
	password string
	pace     time.Duration // each writer's pause between writes

	mu       sync.Mutex
	acked    []string
	attempts atomic.Int64
	failures atomic.Int64
}

func (w *writers) run(ctx context.Context, n int) *sync.WaitGroup {
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			w.writer(ctx, i)
		}()
	}
	return &wg
}

func (w *writers) writer(ctx context.Context, id int) {
	jar, _ := cookiejar.New(nil)
	client := &http.Client{Jar: jar, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	signedIn := false
	for seq := 0; ctx.Err() == nil; {
		if !signedIn {
			signedIn = w.post(client, "/portal/signin", url.Values{"email": {w.email}, "password": {w.password}}, "/portal")
			if !signedIn {
				pause(ctx, 100*time.Millisecond)
			}
			continue
		}
		token := fmt.Sprintf("crashtest-%02d-%06d", id, seq)
		seq++
		w.attempts.Add(1)
		if w.post(client, "/portal/privacy", url.Values{"right": {"access"}, "message": {token}}, "/portal/privacy?flash=") {
			w.mu.Lock()
			w.acked = append(w.acked, token)
			w.mu.Unlock()
			pause(ctx, w.pace)
			continue
		}
		w.failures.Add(1)
		pause(ctx, 50*time.Millisecond) // the server is down or restarting
	}
}

// post submits a form and reports whether the answer was a redirect to a
// location starting with want.
func (w *writers) post(client *http.Client, path string, form url.Values, want string) bool {
	res, err := client.PostForm(w.base+path, form)
	if err != nil {
		return false
	}
	res.Body.Close()
	return res.StatusCode == http.StatusSeeOther && strings.HasPrefix(res.Header.Get("Location"), want)
}

func (w *writers) acknowledged() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.acked...)
}

func pause(ctx context.Context, d time.Duration) {
	select {
	case <-ctx.Done():
	case <-time.After(d):
	}
}
