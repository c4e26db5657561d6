// Package schematron turns an ISO Schematron schema with the xslt2 query
// binding into an XSLT 2.0 stylesheet that prints one line per failed
// assert ("fatal PEPPOL-EN16931-R001: message"). It exists to check our
// invoices against the Peppol BIS Billing 3.0 rules (PEPPOL-EN16931-UBL.sch)
// with Saxon-HE, the XSLT 2 processor Debian packages: Debian packages no
// Schematron compiler, and the rules call XSLT functions, which the
// JavaScript validator of the EN 16931 layer cannot run.
//
// It covers what that schema uses: ns, schema- and pattern-level let
// (both become global variables, as the rule contexts refer to them),
// rules with lets and asserts, and xsl:function elements copied as they
// are. Rules fire as Schematron says: per pattern, a node is handled by the
// first rule whose context it matches.
package schematron

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
)

const (
	nsSchematron = "http://purl.oclc.org/dsdl/schematron"
	nsXSL        = "http://www.w3.org/1999/XSL/Transform"
)

// node is a parsed element.
type node struct {
	name     xml.Name
	attrs    []xml.Attr
	children []*node
	text     string
}

func (n *node) attr(name string) string {
	for _, a := range n.attrs {
		if a.Name.Local == name && a.Name.Space == "" {
			return a.Value
		}
	}
	return ""
}

func parse(r io.Reader) (*node, error) {
	dec := xml.NewDecoder(r)
	var stack []*node
	var root *node
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			return root, nil
		}
		if err != nil {
			return nil, fmt.Errorf("schematron: %w", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			n := &node{name: t.Name, attrs: t.Copy().Attr}
			if len(stack) > 0 {
				p := stack[len(stack)-1]
				p.children = append(p.children, n)
			} else {
				root = n
			}
			stack = append(stack, n)
		case xml.EndElement:
			stack = stack[:len(stack)-1]
		case xml.CharData:
			if len(stack) > 0 {
				stack[len(stack)-1].text += string(t)
			}
		}
	}
}

// Compile writes the XSLT of the Schematron schema read from r.
func Compile(r io.Reader) ([]byte, error) {
	root, err := parse(r)
	if err != nil {
		return nil, err
	}
	if root == nil || root.name.Space != nsSchematron || root.name.Local != "schema" {
		return nil, fmt.Errorf("schematron: not a schema")
	}
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n")
	b.WriteString(`<xsl:stylesheet version="2.0" xmlns:xsl="` + nsXSL + `"`)
	for _, c := range root.children {
		if c.name.Local == "ns" {
			fmt.Fprintf(&b, ` xmlns:%s="%s"`, c.attr("prefix"), esc(c.attr("uri")))
		}
	}
	b.WriteString(">\n<xsl:output method=\"text\"/>\n")
	globals := map[string]bool{}
	global := func(let *node) error {
		name := let.attr("name")
		if globals[name] {
			return fmt.Errorf("schematron: variable %s is defined twice", name)
		}
		globals[name] = true
		fmt.Fprintf(&b, "<xsl:variable name=\"%s\" select=\"%s\"/>\n", name, esc(let.attr("value")))
		return nil
	}
	var patterns []*node
	for _, c := range root.children {
		switch {
		case c.name.Space == nsXSL && c.name.Local == "function":
			writeRaw(&b, c, true)
		case c.name.Local == "let":
			if err := global(c); err != nil {
				return nil, err
			}
		case c.name.Local == "pattern":
			patterns = append(patterns, c)
			for _, l := range c.children {
				if l.name.Local == "let" {
					if err := global(l); err != nil {
						return nil, err
					}
				}
			}
		}
	}
	b.WriteString("<xsl:template match=\"/\">\n")
	for i := range patterns {
		fmt.Fprintf(&b, "<xsl:apply-templates select=\".\" mode=\"p%d\"/>\n", i)
	}
	b.WriteString("</xsl:template>\n")
	for i, p := range patterns {
		mode := fmt.Sprintf("p%d", i)
		fmt.Fprintf(&b, "<xsl:template match=\"@*|node()\" mode=\"%s\" priority=\"-10\"><xsl:apply-templates select=\"@*|*\" mode=\"%s\"/></xsl:template>\n", mode, mode)
		rules := 0
		for _, r := range p.children {
			if r.name.Local != "rule" {
				continue
			}
			rules++
			fmt.Fprintf(&b, "<xsl:template match=\"%s\" mode=\"%s\" priority=\"%d\">\n", esc(r.attr("context")), mode, 10000-rules)
			for _, c := range r.children {
				switch c.name.Local {
				case "let":
					fmt.Fprintf(&b, "<xsl:variable name=\"%s\" select=\"%s\"/>\n", c.attr("name"), esc(c.attr("value")))
				case "assert":
					flag := c.attr("flag")
					if flag == "" {
						flag = "error"
					}
					msg := strings.Join(strings.Fields(c.text), " ")
					fmt.Fprintf(&b, "<xsl:if test=\"not(%s)\"><xsl:text>%s %s: %s&#10;</xsl:text></xsl:if>\n",
						esc(c.attr("test")), esc(flag), esc(c.attr("id")), esc(msg))
				}
			}
			fmt.Fprintf(&b, "<xsl:apply-templates select=\"@*|*\" mode=\"%s\"/>\n</xsl:template>\n", mode)
		}
	}
	b.WriteString("</xsl:stylesheet>\n")
	return b.Bytes(), nil
}

// writeRaw writes an element of the XSL namespace back as XSLT.
func writeRaw(b *bytes.Buffer, n *node, top bool) {
	b.WriteString("<xsl:" + n.name.Local)
	for _, a := range n.attrs {
		if a.Name.Space == "xmlns" || a.Name.Local == "xmlns" {
			continue
		}
		fmt.Fprintf(b, " %s=\"%s\"", a.Name.Local, esc(a.Value))
	}
	b.WriteString(">")
	if len(n.children) == 0 {
		b.WriteString(esc(n.text))
	}
	for _, c := range n.children {
		writeRaw(b, c, false)
	}
	b.WriteString("</xsl:" + n.name.Local + ">")
	if top {
		b.WriteString("\n")
	}
}

func esc(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return strings.ReplaceAll(b.String(), `"`, "&quot;")
}
