// Package browsertest starts headless Chromium for tests through chromedp.
// Without a browser on the machine the test is skipped with a message on a
// developer's laptop, and fails in CI (CI set), where it must run.
package browsertest

import (
	"context"
	"os"
	"os/exec"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// EnvChrome may name the browser binary to use.
const EnvChrome = "MATCHPOINT_CHROME"

// Path finds a Chromium binary, "" when there is none.
func Path() string {
	if p := os.Getenv(EnvChrome); p != "" {
		return p
	}
	// The real binary avoids the noise of Debian's wrapper script.
	for _, p := range []string{"/usr/lib/chromium/chromium", "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"} {
		if _, err := os.Stat(p); err == nil {
			return p
		}
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// New returns a browser tab's context, closed when the test ends. Width and
// height set the window (375 wide shows the phone layout).
func New(t testing.TB, width, height int) context.Context {
	t.Helper()
	path := Path()
	if path == "" {
		if os.Getenv("CI") != "" {
			t.Fatalf("no Chromium found in CI: install it (apt-get install -y chromium) or set %s", EnvChrome)
		}
		t.Skipf("browser test skipped: no Chromium found (apt-get install chromium, or set %s)", EnvChrome)
	}
	home := t.TempDir()
	opts := append([]chromedp.ExecAllocatorOption{},
		chromedp.ExecPath(path),
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.NoDefaultBrowserCheck,
		chromedp.DisableGPU,
		chromedp.NoSandbox,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(width, height),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-dev-shm-usage", true),
		chromedp.Env("HOME="+home),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(allocCtx)
	ctx, cancelTimeout := context.WithTimeout(ctx, 3*time.Minute)
	t.Cleanup(func() {
		cancelTimeout()
		cancelCtx()
		cancelAlloc()
	})
	if err := chromedp.Do(ctx); err != nil {
		t.Fatalf("start Chromium %s: %v", path, err)
	}
	return ctx
}

// AcceptDialogs answers every dialog the tab opens (a confirm() before a
// reject) with OK, as a person who means it would, and returns a function
// that lists the questions asked so far.
func AcceptDialogs(t testing.TB, ctx context.Context) func() []string {
	t.Helper()
	var mu sync.Mutex
	var asked []string
	err := chromedp.Listen(ctx, func(ev any) {
		e, ok := ev.(*page.EventJavascriptDialogOpening)
		if !ok {
			return
		}
		mu.Lock()
		asked = append(asked, e.Message)
		mu.Unlock()
		// The listener may not block the tab's events; answer from aside.
		go func() {
			_, _ = chromedp.Call(ctx, page.HandleJavaScriptDialog, page.HandleJavaScriptDialogParams{Accept: true})
		}()
	})
	if err != nil {
		t.Fatalf("listen for dialogs: %v", err)
	}
	return func() []string {
		mu.Lock()
		defer mu.Unlock()
		return append([]string(nil), asked...)
	}
}
