"""Reading statement pages and planning their import: page, member list, countries, plan."""
