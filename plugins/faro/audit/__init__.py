"""Browser audit of a built site: every page in headless Chromium with axe-core.

The static engine (`faro.accessibility`) reads HTML; this package renders it, so
it sees what only layout and computed styles show (contrast over real
backgrounds, target sizes, reflow at a phone's width) and what the browser
actually requests.
"""
