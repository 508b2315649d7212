"""What tests share beyond fixtures: the phases of a space, people by role, the database's rows."""
