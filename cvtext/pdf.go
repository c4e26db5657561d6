package cvtext

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/ledongthuc/pdf"
)

// pdfText reads the text of the first lim.MaxPages pages. Glyphs are put
// back into lines by their position, since a PDF draws text in any order
// and seldom says where a line or word ends.
func pdfText(content []byte, lim Limits) (_ string, err error) {
	r, err := pdf.NewReader(bytes.NewReader(content), int64(len(content)))
	if err != nil {
		return "", fmt.Errorf("cvtext: open pdf: %w", err)
	}
	pages := min(r.NumPage(), lim.MaxPages)
	var b strings.Builder
	for i := 1; i <= pages; i++ {
		p := r.Page(i)
		if p.V.IsNull() {
			continue
		}
		pageLines(&b, p.Content().Text)
		b.WriteString("\n\n")
		if lim.MaxRunes > 0 && b.Len() > 4*lim.MaxRunes {
			break
		}
	}
	return b.String(), nil
}

// segment is a run of glyphs on one line with no wide gap inside.
type segment struct {
	x0, x1, y, size float64
	text            strings.Builder
}

// pageLines writes one page's glyphs as lines, top to bottom and left to
// right. Glyphs whose baselines lie within a third of the font size are on
// one line; a gap wider than a fifth of the font size is a space, one wider
// than three times the font size separates segments. When the segments
// fall into two columns (a CV's sidebar beside its main text), the left
// column is written whole before the right one, as a person reads it.
func pageLines(b *strings.Builder, glyphs []pdf.Text) {
	segs := segments(glyphs)
	if split, ok := columnSplit(segs); ok {
		writeSegments(b, segs, func(s *segment) bool { return s.x0 < split })
		b.WriteString("\n")
		writeSegments(b, segs, func(s *segment) bool { return s.x0 >= split })
		return
	}
	writeSegments(b, segs, func(*segment) bool { return true })
}

// segments groups glyphs into lines (top to bottom) and cuts each line at
// its wide gaps.
func segments(glyphs []pdf.Text) []*segment {
	type line struct {
		y, size float64
		g       []pdf.Text
	}
	var lines []*line
	for _, g := range glyphs {
		if g.S == "" {
			continue
		}
		size := math.Max(g.FontSize, 1)
		var at *line
		for i := len(lines) - 1; i >= 0 && i >= len(lines)-8; i-- {
			if math.Abs(lines[i].y-g.Y) < size/3 {
				at = lines[i]
				break
			}
		}
		if at == nil {
			at = &line{y: g.Y, size: size}
			lines = append(lines, at)
		}
		at.g = append(at.g, g)
	}
	sort.SliceStable(lines, func(i, j int) bool { return lines[i].y > lines[j].y })
	var out []*segment
	for _, l := range lines {
		sort.SliceStable(l.g, func(i, j int) bool { return l.g[i].X < l.g[j].X })
		var cur *segment
		for _, g := range l.g {
			gap := math.Inf(1)
			if cur != nil {
				gap = g.X - cur.x1
			}
			if gap > 3*l.size {
				cur = &segment{x0: g.X, y: l.y, size: l.size}
				out = append(out, cur)
			} else if gap > l.size/5 && !strings.HasPrefix(g.S, " ") {
				cur.text.WriteString(" ")
			}
			cur.text.WriteString(g.S)
			cur.x1 = g.X + g.W
		}
	}
	return out
}

// columnSplit finds the x where a right column starts: the most common
// start of segments to the right of the page's left edge, taken when at
// least three segments start there and every segment left of it ends
// before it.
func columnSplit(segs []*segment) (float64, bool) {
	if len(segs) < 6 {
		return 0, false
	}
	left := math.Inf(1)
	for _, s := range segs {
		left = math.Min(left, s.x0)
	}
	starts := map[int]int{}
	for _, s := range segs {
		if s.x0 > left+s.size*4 {
			starts[int(s.x0/4)]++
		}
	}
	best, n := 0, 0
	for k, c := range starts {
		if c > n || c == n && k < best {
			best, n = k, c
		}
	}
	if n < 3 {
		return 0, false
	}
	split := float64(best)*4 - 2
	leftSegs := 0
	for _, s := range segs {
		if s.x0 < split {
			if s.x1 > split {
				return 0, false
			}
			leftSegs++
		}
	}
	return split, leftSegs >= 3
}

// writeSegments writes the segments that keep says, one line each, with a
// blank line where the text jumps down more than twice its size.
func writeSegments(b *strings.Builder, segs []*segment, keep func(*segment) bool) {
	var prev *segment
	for _, s := range segs {
		if !keep(s) {
			continue
		}
		if prev != nil && math.Abs(prev.y-s.y) < s.size/3 {
			b.WriteString(" ")
			b.WriteString(s.text.String())
			prev = s
			continue
		}
		if prev != nil {
			b.WriteString("\n")
			if prev.y-s.y > 2*s.size {
				b.WriteString("\n")
			}
		}
		b.WriteString(s.text.String())
		prev = s
	}
	b.WriteString("\n")
}
