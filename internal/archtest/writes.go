// Package archtest holds the tests that keep the layers apart (issue 14):
// only service changes data, so no package under web/ may call a store
// method that writes.
//
// What writes is decided from the store's code, not from a list: a store
// function or method writes when its body (function literals included)
// runs a statement through ExecContext, or runs a query on the writer pool
// (the Store field w, the DB field write) whose SQL does not begin with
// SELECT, or calls another store function that writes. InTx itself is not a
// write: the function literal handed to it belongs to the caller's body, so
// a transaction of reads stays a read.
package archtest

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"sort"
	"strings"

	"golang.org/x/tools/go/packages"
)

// Writer is a store function that writes, with the reason.
type Writer struct {
	Name string // types.Func.FullName
	Why  string // the primitive, or the writing callee
}

// StoreWriters classifies the functions and methods of the store package
// pkg (loaded with syntax and type information).
func StoreWriters(pkg *packages.Package) map[string]Writer {
	type node struct {
		why     string   // non-empty when the body writes by itself
		callees []string // store functions it refers to
	}
	nodes := map[string]*node{}
	for _, f := range pkg.Syntax {
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Body == nil {
				continue
			}
			obj, ok := pkg.TypesInfo.Defs[fd.Name].(*types.Func)
			if !ok {
				continue
			}
			obj = obj.Origin()
			n := &node{}
			nodes[obj.FullName()] = n
			ast.Inspect(fd.Body, func(x ast.Node) bool {
				switch x := x.(type) {
				case *ast.CallExpr:
					if why := primitiveWrite(pkg, x); why != "" && n.why == "" {
						n.why = why + " at " + pkg.Fset.Position(x.Pos()).String()
					}
					if fn := callee(pkg, x); fn != nil && fn.Pkg() == pkg.Types {
						n.callees = append(n.callees, fn.Origin().FullName())
					}
				}
				return true
			})
		}
	}
	writers := map[string]Writer{}
	for name, n := range nodes {
		if n.why != "" && !isInTx(name) {
			writers[name] = Writer{Name: name, Why: n.why}
		}
	}
	for changed := true; changed; {
		changed = false
		for name, n := range nodes {
			if _, done := writers[name]; done || isInTx(name) {
				continue
			}
			for _, c := range n.callees {
				if c == name || isInTx(c) {
					continue
				}
				if _, ok := writers[c]; ok {
					writers[name] = Writer{Name: name, Why: "calls " + c}
					changed = true
					break
				}
			}
		}
	}
	return writers
}

// callee returns the function a call names statically, or nil (a call of
// a function value: the store's function values are helpers of methods
// that write by themselves, like afterChange).
func callee(pkg *packages.Package, call *ast.CallExpr) *types.Func {
	fun := ast.Unparen(call.Fun)
	if ix, ok := fun.(*ast.IndexExpr); ok { // a generic function's instance
		fun = ix.X
	}
	var id *ast.Ident
	switch f := fun.(type) {
	case *ast.Ident:
		id = f
	case *ast.SelectorExpr:
		id = f.Sel
	default:
		return nil
	}
	fn, _ := pkg.TypesInfo.Uses[id].(*types.Func)
	return fn
}

func isInTx(name string) bool { return strings.HasSuffix(name, ").InTx") }

// primitiveWrite reports why call writes by itself, or "".
func primitiveWrite(pkg *packages.Package, call *ast.CallExpr) string {
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return ""
	}
	switch sel.Sel.Name {
	case "ExecContext", "Exec":
		return "ExecContext"
	case "QueryContext", "QueryRowContext":
		if !onWriter(pkg, sel.X) || len(call.Args) < 2 {
			return ""
		}
		sql, known := leadingText(pkg, call.Args[1])
		if known && strings.HasPrefix(strings.ToUpper(strings.TrimSpace(sql)), "SELECT") {
			return ""
		}
		return "a query on the writer that is not a SELECT"
	}
	return ""
}

// onWriter reports whether x is the writer pool: a selector of the field w
// of Store or write of DB.
func onWriter(pkg *packages.Package, x ast.Expr) bool {
	sel, ok := x.(*ast.SelectorExpr)
	if !ok {
		return false
	}
	v, ok := pkg.TypesInfo.Uses[sel.Sel].(*types.Var)
	return ok && v.IsField() && (v.Name() == "w" || v.Name() == "write")
}

// leadingText returns the first string constant of an SQL expression: the
// constant itself, or the leftmost operand of a concatenation.
func leadingText(pkg *packages.Package, e ast.Expr) (string, bool) {
	for {
		if tv, ok := pkg.TypesInfo.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
			return constant.StringVal(tv.Value), true
		}
		b, ok := e.(*ast.BinaryExpr)
		if !ok || b.Op != token.ADD {
			return "", false
		}
		e = b.X
	}
}

// Finding is one place outside the store that calls a writing store
// function, or executes a statement on database/sql directly.
type Finding struct {
	Pos    string
	Callee string
	Why    string
}

func (f Finding) String() string { return fmt.Sprintf("%s: %s (%s)", f.Pos, f.Callee, f.Why) }

// WriteCalls lists the places in pkgs that refer to a writer (a call or a
// method value) or call Exec/ExecContext of database/sql.
func WriteCalls(pkgs []*packages.Package, writers map[string]Writer) []Finding {
	var out []Finding
	for _, pkg := range pkgs {
		for id, obj := range pkg.TypesInfo.Uses {
			fn, ok := obj.(*types.Func)
			if !ok {
				continue
			}
			name := fn.Origin().FullName()
			if w, ok := writers[name]; ok {
				out = append(out, Finding{Pos: pkg.Fset.Position(id.Pos()).String(), Callee: name, Why: w.Why})
				continue
			}
			if fn.Pkg() != nil && fn.Pkg().Path() == "database/sql" && (fn.Name() == "ExecContext" || fn.Name() == "Exec") {
				out = append(out, Finding{Pos: pkg.Fset.Position(id.Pos()).String(), Callee: name, Why: "a statement on database/sql"})
			}
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Pos < out[j].Pos })
	return out
}
