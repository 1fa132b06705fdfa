### Waypoint — vi. Draft: not yet checked by a qualified translator.
### @status draft
