package store

import "context"

type clientAddrKey struct{}

// WithClientAddr returns ctx carrying the address a request came from, so
// that every audit entry the request writes says from where (F4), also
// those the use cases write.
func WithClientAddr(ctx context.Context, addr string) context.Context {
	return context.WithValue(ctx, clientAddrKey{}, addr)
}

func clientAddrOf(ctx context.Context) string {
	addr, _ := ctx.Value(clientAddrKey{}).(string)
	return addr
}
