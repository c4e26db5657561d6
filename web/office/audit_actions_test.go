package office_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/matchpoint/matchpoint/domain"
	"github.com/matchpoint/matchpoint/i18n"
)

// F4: every action code the audit log can hold has a label in all four
// languages, so the admin reads what happened instead of a code; and every
// group of the filter has a name.
func TestAuditActionLabels_F4(t *testing.T) {
	b, err := i18n.Load()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, a := range domain.AuditActions() {
		if seen[a.Code] {
			t.Errorf("action %q is listed twice", a.Code)
		}
		seen[a.Code] = true
		if !slices.Contains(domain.AuditActionGroups(), a.Group) {
			t.Errorf("action %q is in group %q, which is not in AuditActionGroups", a.Code, a.Group)
		}
		for _, lang := range []string{"en", "nl", "de", "fr"} {
			if !b.Has(lang, "audit.action_label."+a.Code) {
				t.Errorf("%s: action %q has no label", lang, a.Code)
			}
		}
	}
	for _, g := range domain.AuditActionGroups() {
		for _, lang := range []string{"en", "nl", "de", "fr"} {
			if !b.Has(lang, "audit.action_group."+g) {
				t.Errorf("%s: action group %q has no name", lang, g)
			}
		}
	}
}

// F4: every action code the code base writes to the audit log is in
// domain.AuditActions. The test reads the module's Go source: a code is a
// string literal in the Action field of a domain.AuditEntry, or given to a
// function that passes its parameter on to one (found to a fixed point), or
// assigned to the variable such a call or field takes. Any other expression
// there fails the test, so a code cannot be built at run time unseen.
func TestAuditActionsComplete_F4(t *testing.T) {
	written, problems := writtenAuditActions(t, filepath.Join("..", ".."))
	for _, p := range problems {
		t.Error(p)
	}
	if len(written) < 20 {
		t.Fatalf("found only %d written codes; the scan is broken", len(written))
	}
	for code, where := range written {
		if !domain.KnownAuditAction(code) {
			t.Errorf("%s writes the audit action %q, which domain.AuditActions lacks", where, code)
		}
	}
	for _, a := range domain.AuditActions() {
		if _, ok := written[a.Code]; !ok {
			t.Errorf("domain.AuditActions lists %q, which nothing writes", a.Code)
		}
	}
}

// auditFunc is a function declaration or a function literal bound to a name.
type auditFunc struct {
	pkg    string // the directory: names are looked up within a package
	name   string
	params []string
	body   *ast.BlockStmt
	fset   *token.FileSet
}

func writtenAuditActions(t *testing.T, root string) (map[string]string, []string) {
	t.Helper()
	fset := token.NewFileSet()
	var funcs []auditFunc
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "data" || d.Name() == "testdata" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, p, nil, 0)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.FuncDecl:
				if n.Body != nil {
					funcs = append(funcs, auditFunc{filepath.Dir(p), n.Name.Name, paramNames(n.Type), n.Body, fset})
				}
			case *ast.AssignStmt:
				for i, rhs := range n.Rhs {
					if lit, ok := rhs.(*ast.FuncLit); ok && i < len(n.Lhs) {
						if id, ok := n.Lhs[i].(*ast.Ident); ok {
							funcs = append(funcs, auditFunc{filepath.Dir(p), id.Name, paramNames(lit.Type), lit.Body, fset})
						}
					}
				}
			}
			return true
		})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// writers maps a function's name to the index of its parameter that
	// becomes an audit entry's action. The demo loader writes its entries
	// in bulk through a helper called audit, so a function named like an
	// audit writer with an "action" parameter counts from the start.
	writers := map[string]int{} // by package and name
	for _, fn := range funcs {
		if i := slices.Index(fn.params, "action"); i >= 0 && strings.Contains(strings.ToLower(fn.name), "audit") {
			writers[fn.key()] = i
		}
	}
	for changed := true; changed; {
		changed = false
		for _, fn := range funcs {
			if _, ok := writers[fn.key()]; ok {
				continue
			}
			eachSink(fn.pkg, fn.body, writers, func(e ast.Expr) {
				if id, ok := e.(*ast.Ident); ok {
					if i := slices.Index(fn.params, id.Name); i >= 0 {
						writers[fn.key()] = i
						changed = true
					}
				}
			})
		}
	}
	written := map[string]string{}
	var problems []string
	for _, fn := range funcs {
		eachSink(fn.pkg, fn.body, writers, func(e ast.Expr) {
			where := fn.fset.Position(e.Pos()).String()
			switch e := e.(type) {
			case *ast.BasicLit:
				if code, err := strconv.Unquote(e.Value); err == nil && e.Kind == token.STRING {
					written[code] = where
					return
				}
			case *ast.Ident:
				if slices.Contains(fn.params, e.Name) {
					return // its callers give the code
				}
				codes := assignedStrings(fn.body, e.Name)
				if len(codes) > 0 {
					for _, c := range codes {
						written[c] = where
					}
					return
				}
			}
			problems = append(problems, where+": an audit action that is not a string literal the test can read")
		})
	}
	return written, problems
}

func (fn auditFunc) key() string { return fn.pkg + "." + fn.name }

func paramNames(ft *ast.FuncType) []string {
	var out []string
	for _, f := range ft.Params.List {
		if len(f.Names) == 0 {
			out = append(out, "_")
		}
		for _, n := range f.Names {
			out = append(out, n.Name)
		}
	}
	return out
}

// eachSink calls fn with every expression in body that becomes an audit
// entry's action: an AuditEntry's Action field, or a writer's argument.
// A call is looked up in its own package and, for an exported name through
// a selector, in any package.
func eachSink(pkg string, body *ast.BlockStmt, writers map[string]int, fn func(ast.Expr)) {
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CompositeLit:
			if !isAuditEntry(n.Type) {
				return true
			}
			for _, el := range n.Elts {
				if kv, ok := el.(*ast.KeyValueExpr); ok {
					if k, ok := kv.Key.(*ast.Ident); ok && k.Name == "Action" {
						fn(kv.Value)
					}
				}
			}
		case *ast.CallExpr:
			name, exported := "", false
			switch f := n.Fun.(type) {
			case *ast.Ident:
				name = f.Name
			case *ast.SelectorExpr:
				name, exported = f.Sel.Name, f.Sel.IsExported()
			}
			i, ok := writers[pkg+"."+name]
			for k, j := range writers {
				if !ok && exported && strings.HasSuffix(k, "."+name) {
					i, ok = j, true
				}
			}
			if ok && i < len(n.Args) {
				fn(n.Args[i])
			}
		}
		return true
	})
}

func isAuditEntry(e ast.Expr) bool {
	switch e := e.(type) {
	case *ast.Ident:
		return e.Name == "AuditEntry"
	case *ast.SelectorExpr:
		return e.Sel.Name == "AuditEntry"
	}
	return false
}

// assignedStrings are the string literals body assigns to the variable name.
func assignedStrings(body *ast.BlockStmt, name string) []string {
	var out []string
	ast.Inspect(body, func(n ast.Node) bool {
		if as, ok := n.(*ast.AssignStmt); ok && len(as.Lhs) == len(as.Rhs) {
			for i, l := range as.Lhs {
				id, ok := l.(*ast.Ident)
				lit, isLit := as.Rhs[i].(*ast.BasicLit)
				if ok && isLit && id.Name == name && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						out = append(out, s)
					}
				}
			}
		}
		return true
	})
	return out
}
