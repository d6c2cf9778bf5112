"""The application's shell around the tabs: start-up (database, first start, login), the alert
window every counter shows, and the parts their small dialogs share."""
