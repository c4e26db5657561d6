package kit

import "net/http"

// Route is one entry of a surface's route table; A is the surface's own
// kinds of access (who may call the route). A surface declares its table's
// type as its own, `type Route kit.Route[Access]`, so that its table can
// list entries as short unkeyed literals (vet accepts those only for a
// type of the package that writes them).
type Route[A comparable] struct {
	Pattern string
	Handler HandlerFunc
	Access  A
}

// RouteOf is any route table entry type declared from Route[A].
type RouteOf[A comparable] interface {
	~struct {
		Pattern string
		Handler HandlerFunc
		Access  A
	}
}

// Mount registers a surface's route table on mux: each handler's error
// goes to the surface's error page, guard puts the check its access needs
// in front, every read of a person's record on a GET route is audited
// (AuditReads, behind the guard, so it knows who reads), and no page is
// cached (sign-in forms carry one-time tokens, the rest is personal); the
// request is known by its pattern (Routed). The surface's Lag lets its
// list pages read a standby.
func Mount[R RouteOf[A], A comparable](mux *http.ServeMux, s *Surface, routes []R, guard func(access A, h http.Handler) http.Handler) {
	mounted := map[string]bool{}
	for _, r := range routes {
		rt := Route[A](r)
		h := AuditReads(s.AuditReads, rt.Pattern, s.Log, Wrap(s.Log, s.ErrorPage, rt.Handler))
		mux.Handle(rt.Pattern, Routed(rt.Pattern, NoStore(guard(rt.Access, s.Lag.around(rt.Pattern, h)))))
		mounted[rt.Pattern] = true
	}
	s.Lag.mustName(mounted)
}
