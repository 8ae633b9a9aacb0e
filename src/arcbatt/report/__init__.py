"""Pictures of tasks and answers: terminal drawings, images and the HTML report."""
