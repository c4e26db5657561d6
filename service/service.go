package service

import "github.com/matchpoint/matchpoint/store"

// Service runs the use cases on one database; its clock is the database's.
type Service struct {
	DB *store.DB
}

// New returns the use cases on db.
func New(db *store.DB) *Service { return &Service{DB: db} }
