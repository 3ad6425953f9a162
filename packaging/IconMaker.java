import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws packaging/srebench.png (256 x 256), the same picture as packaging/srebench.svg: a dark rounded tile,
 * a heartbeat line with an incident spike, and a magnifying glass over the spike. Run once from the
 * checkout root with {@code java -Djava.awt.headless=true packaging/IconMaker.java}; the PNG is committed.
 */
public final class IconMaker {
    public static void main(String[] args) throws Exception {
        int s = 256;
        BufferedImage img = new BufferedImage(s, s, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setPaint(new GradientPaint(0, 0, new Color(0x1e3a8a), 0, s, new Color(0x0f172a)));
        g.fill(new RoundRectangle2D.Double(8, 8, 240, 240, 48, 48));
        // heartbeat line with one incident spike
        Path2D pulse = new Path2D.Double();
        pulse.moveTo(28, 140);
        pulse.lineTo(78, 140);
        pulse.lineTo(96, 110);
        pulse.lineTo(118, 184);
        pulse.lineTo(142, 64);
        pulse.lineTo(162, 140);
        pulse.lineTo(228, 140);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x34d399));
        g.draw(pulse);
        // magnifying glass over the spike
        g.setStroke(new BasicStroke(12, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xf8fafc));
        g.draw(new Ellipse2D.Double(118, 50, 76, 76));
        g.setStroke(new BasicStroke(18, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(184, 116, 218, 150);
        g.dispose();
        ImageIO.write(img, "png", new File("packaging/srebench.png"));
    }
}
