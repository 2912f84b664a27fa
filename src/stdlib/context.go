package context
