"""Navigation whose size per page does not grow with the size of the site."""
