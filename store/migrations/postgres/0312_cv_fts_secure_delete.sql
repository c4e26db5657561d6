-- F2 for CV texts: on PostgreSQL the CV index is an ordinary GIN index
-- whose dead entries VACUUM removes, as for the candidates' index.
SELECT 1;
