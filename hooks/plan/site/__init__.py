"""The site's page register and the only module that computes addresses."""
