package store

import (
	"context"

	"github.com/matchpoint/matchpoint/domain"
)

// CurrentTenant returns the tenant the context is scoped to; services use it
// for the agency's name in mails and exports.
func (s *Store) CurrentTenant(ctx context.Context) (_ domain.Tenant, err error) {
	defer domain.Wrap(&err, "store.CurrentTenant")
	tid, err := tenant(ctx)
	if err != nil {
		return domain.Tenant{}, err
	}
	return scanTenant(s.r.QueryRowContext(ctx, `SELECT `+tenantColumns+` FROM tenants WHERE id = $1`, tid))
}
