### Waypoint — hi. Draft: not yet checked by a qualified translator.
### @status draft
