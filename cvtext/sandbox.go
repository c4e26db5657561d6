package cvtext

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"time"
)

// Extractor reads the text of one file.
type Extractor interface {
	Extract(ctx context.Context, content []byte) (string, error)
}

// InProcess extracts in the calling process within Timeout (10 s when 0).
// For tests and tools: a hostile file can use memory here that a Sandbox
// would cap.
type InProcess struct {
	Limits  Limits
	Timeout time.Duration
}

// Extract implements Extractor.
func (e InProcess) Extract(ctx context.Context, content []byte) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, cmpDuration(e.Timeout, 10*time.Second))
	defer cancel()
	return Extract(ctx, content, cmpLimits(e.Limits))
}

// Sandbox extracts in a child process started from Command (the binary and
// the arguments that make it run ChildMain), so the kernel bounds what one
// file can take: the child's address space is capped at MemoryBytes, its
// processor time at the timeout, and it is killed at Timeout. Its output
// is read up to a bound too. The child gets no environment of the server.
type Sandbox struct {
	Command     []string
	Env         []string      // extra environment, e.g. to select the child in a test binary
	Timeout     time.Duration // 10 s when 0
	MemoryBytes int64         // 512 MiB when 0
	Limits      Limits
}

// Extract implements Extractor.
func (s Sandbox) Extract(ctx context.Context, content []byte) (string, error) {
	if len(s.Command) == 0 {
		return "", errors.New("cvtext: sandbox without a command")
	}
	timeout := cmpDuration(s.Timeout, 10*time.Second)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	lim := cmpLimits(s.Limits)
	mem := s.MemoryBytes
	if mem == 0 {
		mem = 512 << 20
	}
	cmd := exec.CommandContext(ctx, s.Command[0], s.Command[1:]...)
	cmd.Env = append([]string{
		envMemory + "=" + strconv.FormatInt(mem, 10),
		envCPU + "=" + strconv.Itoa(int(timeout/time.Second)+1),
		envRunes + "=" + strconv.Itoa(lim.MaxRunes),
		envXML + "=" + strconv.FormatInt(lim.MaxXML, 10),
		envPages + "=" + strconv.Itoa(lim.MaxPages),
		"GOMAXPROCS=1",
		"GOMEMLIMIT=" + strconv.FormatInt(mem/2, 10),
	}, s.Env...)
	cmd.Stdin = bytes.NewReader(content)
	out := &capped{max: 4*lim.MaxRunes + 1024}
	var errOut capped
	errOut.max = 4096
	cmd.Stdout, cmd.Stderr = out, &errOut
	cmd.WaitDelay = time.Second
	err := cmd.Run()
	if ctx.Err() != nil {
		return "", fmt.Errorf("cvtext: sandbox: %w", ctx.Err())
	}
	if err != nil {
		msg, _, _ := strings.Cut(strings.TrimSpace(errOut.b.String()), "\n")
		if strings.Contains(msg, errUnsupportedText) {
			return "", ErrUnsupported
		}
		return "", fmt.Errorf("cvtext: sandbox: %w: %s", err, msg)
	}
	return Clean(out.b.String(), lim.MaxRunes), nil
}

// capped keeps the first max bytes written to it and drops the rest.
type capped struct {
	b   bytes.Buffer
	max int
}

func (c *capped) Write(p []byte) (int, error) {
	if room := c.max - c.b.Len(); room > 0 {
		c.b.Write(p[:min(len(p), room)])
	}
	return len(p), nil
}

const (
	envMemory          = "CVTEXT_MEMORY"
	envCPU             = "CVTEXT_CPU_SECONDS"
	envRunes           = "CVTEXT_MAX_RUNES"
	envXML             = "CVTEXT_MAX_XML"
	envPages           = "CVTEXT_MAX_PAGES"
	errUnsupportedText = "no text in this kind of file"
	maxInput           = 64 << 20
)

// ChildMain is the child's side of a Sandbox: it caps its own address space
// and processor time as the parent asked, reads the file from in, and
// writes its text to out. The caller exits non-zero on an error.
func ChildMain(in io.Reader, out io.Writer, getenv func(string) string) error {
	num := func(k string) int64 {
		n, _ := strconv.ParseInt(getenv(k), 10, 64)
		return n
	}
	if err := limitSelf(num(envMemory), num(envCPU)); err != nil {
		return err
	}
	content, err := io.ReadAll(io.LimitReader(in, maxInput))
	if err != nil {
		return fmt.Errorf("cvtext: read input: %w", err)
	}
	lim := cmpLimits(Limits{MaxRunes: int(num(envRunes)), MaxXML: num(envXML), MaxPages: int(num(envPages))})
	text, err := extract(content, lim)
	if err != nil {
		return err
	}
	_, err = io.WriteString(out, text)
	return err
}

func cmpDuration(d, def time.Duration) time.Duration {
	if d <= 0 {
		return def
	}
	return d
}

func cmpLimits(l Limits) Limits {
	if l.MaxRunes <= 0 {
		l.MaxRunes = DefaultLimits.MaxRunes
	}
	if l.MaxXML <= 0 {
		l.MaxXML = DefaultLimits.MaxXML
	}
	if l.MaxPages <= 0 {
		l.MaxPages = DefaultLimits.MaxPages
	}
	return l
}
