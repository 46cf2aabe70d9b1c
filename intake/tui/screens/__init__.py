"""The app's screens, one module each; styles in the ``.tcss`` file of the same name."""
